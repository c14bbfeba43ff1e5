package io.tierbench.importer.xlsx.sheet;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Which cell styles of a workbook show numbers as dates. Excel stores a date as a number; only the number format of
 * the cell's style says it is one. A workbook has a few dozen styles and a sheet a million cells, so the answer is
 * kept per style.
 */
final class DateStyles {

    private final StylesTable styles;
    private final Map<Integer, Boolean> dateByStyle = new HashMap<>();

    /** @param styles the workbook's styles, or {@code null} when it has none (every number is then a number) */
    DateStyles(StylesTable styles) {
        this.styles = styles;
    }

    /** @param styleIndex the cell's {@code s} attribute (0 when absent) */
    boolean isDate(int styleIndex) {
        if (styles == null || styleIndex < 0 || styleIndex >= styles.getNumCellStyles()) {
            return false;
        }
        return dateByStyle.computeIfAbsent(styleIndex, this::formatsDate);
    }

    private boolean formatsDate(int styleIndex) {
        XSSFCellStyle style = styles.getStyleAt(styleIndex);
        return style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
    }
}
