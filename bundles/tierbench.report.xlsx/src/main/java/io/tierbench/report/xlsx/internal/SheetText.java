package io.tierbench.report.xlsx.internal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Writes a free-form sheet (summary, about) line by line. */
final class SheetText {

    private final Sheet sheet;
    private final String language;
    private int nextRow;

    SheetText(Sheet sheet, String language) {
        this.sheet = sheet;
        this.language = language;
    }

    /** @return English or Chinese, as the report's language says */
    String text(String en, String zh) {
        return "zh".equals(language) ? zh : en;
    }

    /** Writes a row of text cells, styled when a style is given, and returns it for further cells. */
    Row line(CellStyle style, Object... cells) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (cells[i] instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(cells[i].toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
        return row;
    }

    void blank() {
        nextRow++;
    }

    /** Sets the widths of the first columns, in characters. */
    void widths(int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }
}
