package io.tierbench.importer.support;

/** The fields of one row of a file, by position. A source reuses one instance for every row. */
public interface TabularRow {

    /** @return the number of fields the row has; a spreadsheet row may have fewer than its header */
    int size();

    /** @return the field at a position below {@link #size()}, never {@code null} (blank is {@code ""}) */
    String get(int position);

    /**
     * @return whether the row gives a value, blank or not, at a position: a JSON object that leaves a field out
     *         gives none, and then a stored value is kept rather than cleared
     */
    default boolean has(int position) {
        return position < size();
    }
}
