package io.tierbench.importer.support;

import io.tierbench.api.importer.EntityKind;
import java.time.LocalDateTime;
import java.util.List;

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

    /** @return the canonical column names of a kind of file, in order */
    public static List<String> canonicalColumns(EntityKind kind) {
        return columns(kind).all().stream().map(Column::header).toList();
    }

    /**
     * Reads a date or date-time in any form the importers accept, for importers whose rows are not a
     * {@link RowSource}'s (the WeCom importer's SCRM sheets).
     *
     * @param text the value as written, not blank
     * @return the date-time; a date alone is its start
     * @throws IllegalArgumentException when the text is no such date; the message lists the accepted forms
     */
    public static LocalDateTime dateTime(String text) {
        try {
            return ValueParsers.dateTime(text);
        } catch (InvalidValueException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
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
