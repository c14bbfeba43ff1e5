package io.tierbench.importer.support;

import io.tierbench.api.importer.EntityKind;

/** What import files look like, for help texts, messages and tests outside this package. */
public final class ImportFormats {

    /** The date forms every importer reads, as error messages list them. */
    public static final String DATE_FORMATS = ValueParsers.DATE_FORMATS;

    private ImportFormats() {
    }

    /** @return the canonical header row of a kind of file, comma separated */
    public static String canonicalHeader(EntityKind kind) {
        return columns(kind).canonicalHeader();
    }

    static ColumnSet columns(EntityKind kind) {
        return switch (kind) {
            case CUSTOMERS -> CustomerColumns.ALL;
            case ORDERS -> OrderColumns.ALL;
            case INTERACTIONS -> InteractionColumns.ALL;
            case TAGS -> TagColumns.ALL;
        };
    }
}
