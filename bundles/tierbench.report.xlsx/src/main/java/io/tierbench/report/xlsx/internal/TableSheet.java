package io.tierbench.report.xlsx.internal;

import io.tierbench.api.model.Label;
import io.tierbench.report.support.ColumnType;
import io.tierbench.report.support.ReportColumn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One table on a sheet of its own, written row by row: a header in the report's language, typed cells with number
 * formats, then a frozen header row and key columns, a filter over every column, and widths fitted to the content.
 */
final class TableSheet {

    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MAX_WIDTH = 50;

    private final Sheet sheet;
    private final List<ReportColumn> columns;
    private final CellStyles styles;
    private final String language;
    private final int[] widths;
    private int nextRow = 1;

    TableSheet(Sheet sheet, List<ReportColumn> columns, CellStyles styles, String language) {
        this.sheet = sheet;
        this.columns = List.copyOf(columns);
        this.styles = styles;
        this.language = language;
        this.widths = new int[columns.size()];
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            String text = columns.get(i).header(language);
            cell.setCellValue(text);
            cell.setCellStyle(styles.header());
            widths[i] = Math.max(minimumWidth(columns.get(i).type()), DisplayWidth.of(text) + 2);
        }
    }

    /** Adds a row below the previous one. */
    void add(List<Object> cells) {
        if (nextRow >= SpreadsheetVersion.EXCEL2007.getMaxRows()) {
            throw new IllegalStateException("more rows than an Excel sheet holds ("
                    + SpreadsheetVersion.EXCEL2007.getMaxRows() + "): export CSV or JSON instead");
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < columns.size(); i++) {
            Object value = cells.get(i);
            if (value != null) {
                write(row.createCell(i), value, columns.get(i).type(), i);
            }
        }
    }

    private void write(Cell cell, Object value, ColumnType type, int column) {
        CellStyle style = styles.of(type);
        if (style != null) {
            cell.setCellStyle(style);
        }
        if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Long number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else {
            String text = value instanceof Label label ? label.in(language) : value.toString();
            text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
            cell.setCellValue(text);
            widths[column] = Math.max(widths[column], Math.min(MAX_WIDTH, DisplayWidth.of(text) + 1));
        }
    }

    /** @return the rows written below the header */
    int rows() {
        return nextRow - 1;
    }

    /**
     * Freezes the header and the first columns, filters every column, and sets the widths.
     *
     * @param frozenColumns the key columns kept in view when scrolling right
     */
    void finish(int frozenColumns) {
        sheet.createFreezePane(frozenColumns, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns.size() - 1));
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, Math.min(MAX_WIDTH, widths[i]) * 256);
        }
    }

    private static int minimumWidth(ColumnType type) {
        return switch (type) {
            case MONEY -> 14;
            case DATE -> 12;
            case INTEGER, DECIMAL -> 10;
            case TEXT, LABEL -> 8;
        };
    }
}
