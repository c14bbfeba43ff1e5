package io.tierbench.importer.support;

import java.util.HashMap;
import java.util.Map;

/**
 * The fields of the current row, read by canonical column. Values are stripped; a blank value, or a field the row
 * does not have, reads as {@code null}. One instance serves every row of a file, to spare an allocation per row.
 */
final class RowValues {

    private HeaderIndex header;
    private TabularRow row;

    RowValues(HeaderIndex header) {
        this.header = header;
    }

    /** Moves to a row, read with a header that may have grown since the previous row. */
    void moveTo(TabularRow current, HeaderIndex currentHeader) {
        this.row = current;
        this.header = currentHeader;
    }

    /** @return the stripped value, or {@code null} when blank or when the file lacks the column */
    String text(Column column) {
        int position = header.position(column);
        if (position < 0 || position >= row.size()) {
            return null;
        }
        String value = row.get(position).strip();
        return value.isEmpty() ? null : value;
    }

    /** @return whether this row gives the column a value, blank or not */
    boolean has(Column column) {
        int position = header.position(column);
        return position >= 0 && row.has(position);
    }

    /** @return the stripped value, never {@code null} */
    String required(Column column) throws RowRejected {
        String value = text(column);
        if (value == null) {
            throw rejection(column, "", "missing value");
        }
        return value;
    }

    /** @return the parsed value, or {@code null} when blank */
    <T> T parse(Column column, ValueParser<T> parser) throws RowRejected {
        String value = text(column);
        return value == null ? null : parse(column, value, parser);
    }

    /** @return the parsed value, never {@code null} */
    <T> T parseRequired(Column column, ValueParser<T> parser) throws RowRejected {
        return parse(column, required(column), parser);
    }

    /** @return the non-blank values of columns that are not canonical, keyed by their written header */
    Map<String, String> extras() {
        Map<String, String> extras = new HashMap<>();
        for (int position : header.extraPositions()) {
            if (position >= row.size()) {
                continue;
            }
            String value = row.get(position).strip();
            if (!value.isEmpty()) {
                extras.put(header.writtenHeader(position).strip(), value);
            }
        }
        return extras;
    }

    /** @return a rejection of this row naming the column as the file writes it */
    RowRejected rejection(Column column, String value, String reason) {
        return new RowRejected(header.writtenHeader(column), value, reason);
    }

    private <T> T parse(Column column, String value, ValueParser<T> parser) throws RowRejected {
        try {
            return parser.parse(value);
        } catch (InvalidValueException e) {
            throw rejection(column, value, e.getMessage());
        }
    }
}
