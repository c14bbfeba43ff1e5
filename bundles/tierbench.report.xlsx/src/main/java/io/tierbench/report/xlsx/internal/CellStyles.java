package io.tierbench.report.xlsx.internal;

import io.tierbench.report.support.ColumnType;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The workbook's few cell styles, created once: a workbook holds at most 64 000 of them. */
final class CellStyles {

    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle share;
    private final Map<ColumnType, CellStyle> byType = new EnumMap<>(ColumnType.class);

    CellStyles(Workbook workbook) {
        DataFormat formats = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(large);
        share = numberStyle(workbook, formats, "0.0%");
        byType.put(ColumnType.MONEY, numberStyle(workbook, formats, "#,##0.00"));
        byType.put(ColumnType.INTEGER, numberStyle(workbook, formats, "#,##0"));
        byType.put(ColumnType.DECIMAL, numberStyle(workbook, formats, "0.00##"));
        byType.put(ColumnType.DATE, numberStyle(workbook, formats, "yyyy-mm-dd"));
    }

    private static CellStyle numberStyle(Workbook workbook, DataFormat formats, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        return style;
    }

    /** @return the style of a column's cells, or {@code null} for text */
    CellStyle of(ColumnType type) {
        return byType.get(type);
    }

    CellStyle header() {
        return header;
    }

    CellStyle title() {
        return title;
    }

    /** @return a fraction shown as a percentage */
    CellStyle share() {
        return share;
    }
}
