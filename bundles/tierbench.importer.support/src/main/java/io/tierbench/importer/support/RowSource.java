package io.tierbench.importer.support;

import io.tierbench.api.importer.ImportException;
import java.util.List;

/**
 * The rows of one file, read one at a time: a CSV file, a sheet of a workbook, an array of JSON objects. The first
 * row read is the header.
 */
public interface RowSource extends AutoCloseable {

    /** @return the file's name, as used in messages and row errors */
    String file();

    /**
     * Reads the header. Called once, before the first {@link #next()}.
     *
     * @return the header's fields as written
     * @throws ImportException when the file is empty or unreadable
     */
    List<String> readHeader() throws ImportException;

    /**
     * @return the header as known now. Sources whose rows name their fields (JSON objects) add a field the first
     *         time a row has it, so the header may grow while reading; others return what {@link #readHeader()} did
     */
    List<String> header();

    /** Moves to the next row. @return {@code false} at the end of the file */
    boolean next() throws ImportException;

    /** @return the current row */
    TabularRow row();

    /** @return the current row's number as the user sees it (a text line, a spreadsheet row, an object's index) */
    long rowNumber();

    /**
     * @return whether every row must have exactly as many fields as the header (CSV), rather than fewer fields
     *         meaning blank ones at the end (a spreadsheet drops trailing empty cells)
     */
    boolean fixedWidth();

    /**
     * @return whether a column required of the file must be in its header; {@code false} where a field missing
     *         from one record is that row's error rather than the file's (JSON objects omit empty fields)
     */
    default boolean headerNamesEveryColumn() {
        return true;
    }

    @Override
    void close() throws ImportException;
}
