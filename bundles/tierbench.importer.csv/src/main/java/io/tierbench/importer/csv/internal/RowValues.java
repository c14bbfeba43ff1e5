package io.tierbench.importer.csv.internal;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * The fields of the current row, read by canonical column. Values are stripped; a blank value reads as
 * {@code null}. One instance serves every row of a file, to spare an allocation per row.
 */
final class RowValues {

    private final HeaderIndex header;
    private CSVRecord record;

    RowValues(HeaderIndex header) {
        this.header = header;
    }

    /** Moves to a row; it must have {@link HeaderIndex#width()} fields. */
    void moveTo(CSVRecord row) {
        this.record = row;
    }

    /** @return the stripped value, or {@code null} when blank or when the file lacks the column */
    String text(Column column) {
        int position = header.position(column);
        if (position < 0) {
            return null;
        }
        String value = record.get(position).strip();
        return value.isEmpty() ? null : value;
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
            String value = record.get(position).strip();
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
