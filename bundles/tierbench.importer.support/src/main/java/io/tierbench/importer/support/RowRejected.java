package io.tierbench.importer.support;

import io.tierbench.api.importer.RowError;

/**
 * A row is bad. Thrown while mapping a row and turned into a {@link RowError} by the import run; it carries no stack
 * trace because a file may have millions of bad rows and the trace would say nothing the reason does not.
 */
final class RowRejected extends Exception {

    private static final long serialVersionUID = 1L;

    private final String column;
    private final String value;

    /**
     * @param column the column's header as written in the file, or {@code null} when the row as a whole is bad
     * @param value the offending value, or {@code null}
     * @param reason why, for people
     */
    RowRejected(String column, String value, String reason) {
        super(reason, null, false, false);
        this.column = column;
        this.value = value;
    }

    RowError toError(String file, long row) {
        return new RowError(file, row, column, value, getMessage());
    }
}
