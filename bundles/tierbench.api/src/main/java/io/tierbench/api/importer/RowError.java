package io.tierbench.api.importer;

/**
 * A rejected row.
 *
 * @param file the file's name as given
 * @param row the row number in the file, the header being row 1
 * @param column the column's header, or {@code null} when the row as a whole is bad
 * @param value the offending value, or {@code null}
 * @param reason why the row was rejected, for people
 * @since 1.0
 */
public record RowError(String file, long row, String column, String value, String reason) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file).append(": row ").append(row);
        if (column != null) {
            text.append(", column '").append(column).append('\'');
        }
        if (value != null) {
            text.append(", value '").append(value).append('\'');
        }
        return text.append(": ").append(reason).toString();
    }
}
