package io.tierbench.importer.support;

import io.tierbench.api.importer.ColumnMapping;
import io.tierbench.api.importer.ImportException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where each canonical column sits in a file, found from the file's header row: a header the client's
 * {@link ColumnMapping} maps wins over the built-in names and synonyms.
 */
final class HeaderIndex {

    private static final int ABSENT = -1;

    private final List<String> writtenHeaders;
    private final int[] positionByColumn;
    private final List<Integer> extraPositions;

    private HeaderIndex(List<String> writtenHeaders, int[] positionByColumn, List<Integer> extraPositions) {
        this.writtenHeaders = List.copyOf(writtenHeaders);
        this.positionByColumn = positionByColumn;
        this.extraPositions = List.copyOf(extraPositions);
    }

    /**
     * @param file the file's name, for messages
     * @param writtenHeaders the header row as written
     * @param columns the columns of the file's kind
     * @param mapping the client's headers for canonical columns
     * @param requireColumns whether a required column missing from the header fails the file
     * @throws ImportException when a required column is missing or two headers name the same column
     */
    static HeaderIndex resolve(String file, List<String> writtenHeaders, ColumnSet columns, ColumnMapping mapping,
            boolean requireColumns) throws ImportException {
        int[] positionByColumn = new int[columns.all().size()];
        Arrays.fill(positionByColumn, ABSENT);
        List<Integer> extraPositions = new ArrayList<>();
        for (int position = 0; position < writtenHeaders.size(); position++) {
            String written = writtenHeaders.get(position);
            Column column = columns.all().stream().filter(c -> c.matchesAny(written, mapping.headersFor(c.header())))
                    .findFirst()
                    .or(() -> columns.all().stream().filter(c -> c.matches(written)).findFirst())
                    .orElse(null);
            if (column == null) {
                if (!written.isBlank()) {
                    extraPositions.add(position);
                }
            } else if (positionByColumn[column.index()] != ABSENT) {
                throw new ImportException(file + ": headers '" + writtenHeaders.get(positionByColumn[column.index()])
                        + "' and '" + written + "' both mean column '" + column.header() + "'");
            } else {
                positionByColumn[column.index()] = position;
            }
        }
        if (requireColumns) {
            requirePresent(file, columns, positionByColumn, mapping);
        }
        return new HeaderIndex(writtenHeaders, positionByColumn, extraPositions);
    }

    /** @return the number of fields in the header */
    int width() {
        return writtenHeaders.size();
    }

    /** @return the column's position in a row, or a negative number when the file does not have it */
    int position(Column column) {
        return positionByColumn[column.index()];
    }

    /** @return the column's header as the file writes it (the canonical one when the file lacks the column) */
    String writtenHeader(Column column) {
        int position = position(column);
        return position == ABSENT ? column.header() : writtenHeaders.get(position);
    }

    /** @return the header written at a position */
    String writtenHeader(int position) {
        return writtenHeaders.get(position);
    }

    /** @return the positions of non-blank headers that name no canonical column */
    List<Integer> extraPositions() {
        return extraPositions;
    }

    private static void requirePresent(String file, ColumnSet columns, int[] positionByColumn,
            ColumnMapping mapping) throws ImportException {
        List<Column> missing = columns.all().stream()
                .filter(column -> column.required() && positionByColumn[column.index()] == ABSENT)
                .toList();
        if (!missing.isEmpty()) {
            throw new ImportException(file + ": required column" + (missing.size() == 1 ? " " : "s ")
                    + missing.stream().map(HeaderIndex::describe).collect(Collectors.joining(", "))
                    + " missing from the header row (expected " + columns.canonicalHeader() + ")"
                    + (mapping == ColumnMapping.NONE ? "" : "; column mapping '" + mapping.name() + "' was applied"));
        }
    }

    private static String describe(Column column) {
        return column.synonyms().isEmpty() ? "'" + column.header() + "'"
                : "'" + column.header() + "' (or " + String.join(", ", column.synonyms()) + ")";
    }
}
