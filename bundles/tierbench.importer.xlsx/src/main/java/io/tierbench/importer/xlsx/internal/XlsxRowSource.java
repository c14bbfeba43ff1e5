package io.tierbench.importer.xlsx.internal;

import io.tierbench.importer.xlsx.sheet.XlsxSheetReader;

import io.tierbench.api.importer.ImportException;
import io.tierbench.importer.support.RowSource;
import io.tierbench.importer.support.TabularRow;
import java.nio.file.Path;
import java.util.List;

/**
 * A sheet's rows for the shared import pipeline. The header is the first row with a value; a row number is the
 * one Excel shows. Excel drops a row's blank cells at its end, so rows may be shorter than the header.
 */
final class XlsxRowSource implements RowSource {

    private final XlsxSheetReader reader;
    private final CellsRow row = new CellsRow();
    private List<String> header = List.of();

    private XlsxRowSource(XlsxSheetReader reader) {
        this.reader = reader;
    }

    static XlsxRowSource open(Path file) throws ImportException {
        return new XlsxRowSource(XlsxSheetReader.open(file));
    }

    @Override
    public String file() {
        return reader.file();
    }

    @Override
    public List<String> readHeader() throws ImportException {
        if (!reader.next()) {
            throw new ImportException(reader.file() + ": sheet '" + reader.sheet()
                    + "' is empty; its first row must be the header");
        }
        header = List.copyOf(reader.cells());
        return header;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public boolean next() throws ImportException {
        if (!reader.next()) {
            return false;
        }
        row.cells = reader.cells();
        return true;
    }

    @Override
    public TabularRow row() {
        return row;
    }

    @Override
    public long rowNumber() {
        return reader.rowNumber();
    }

    @Override
    public boolean fixedWidth() {
        return false;
    }

    @Override
    public void close() {
        reader.close();
    }

    private static final class CellsRow implements TabularRow {

        private List<String> cells = List.of();

        @Override
        public int size() {
            return cells.size();
        }

        @Override
        public String get(int position) {
            return cells.get(position);
        }
    }
}
