package io.tierbench.importer.support;

import io.tierbench.api.importer.EntityKind;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

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

    /**
     * Tells a file of another kind by its header: every required column of that kind is there, and one of them is
     * no column of the kind asked for (an orders file imported as customers has order_id, ordered_at and amount).
     *
     * @return the other kind the header names, or empty
     */
    static Optional<EntityKind> otherKindNamed(EntityKind asked, List<String> writtenHeader) {
        ColumnSet askedColumns = columns(asked);
        for (EntityKind other : EntityKind.values()) {
            if (other == asked) {
                continue;
            }
            boolean allRequired = true;
            boolean oneForeign = false;
            for (Column required : columns(other).all()) {
                if (!required.required()) {
                    continue;
                }
                String written = writtenHeader.stream().filter(required::matches).findFirst().orElse(null);
                if (written == null) {
                    allRequired = false;
                    break;
                }
                oneForeign |= askedColumns.all().stream().noneMatch(column -> column.matches(written));
            }
            if (allRequired && oneForeign) {
                return Optional.of(other);
            }
        }
        return Optional.empty();
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
