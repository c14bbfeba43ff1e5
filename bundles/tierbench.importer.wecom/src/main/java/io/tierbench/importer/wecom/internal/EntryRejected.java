package io.tierbench.importer.wecom.internal;

import io.tierbench.api.importer.RowError;

/**
 * A contact or tag entry of a file is bad. Carries no stack trace: a large file may have many bad entries, and the
 * trace would say nothing the reason does not.
 */
final class EntryRejected extends Exception {

    private static final long serialVersionUID = 1L;

    private final String column;
    private final String value;

    /**
     * @param column the JSON path of the bad field, e.g. {@code external_contact_list[12].follow_info.createtime},
     *        or the sheet's header
     * @param value the offending value, or {@code null}
     * @param reason why, for people
     */
    EntryRejected(String column, String value, String reason) {
        super(reason, null, false, false);
        this.column = column;
        this.value = value;
    }

    RowError toError(String file, long row) {
        return new RowError(file, row, column, value, getMessage());
    }
}
