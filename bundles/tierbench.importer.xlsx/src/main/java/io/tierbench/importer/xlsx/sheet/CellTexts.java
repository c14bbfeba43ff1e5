package io.tierbench.importer.xlsx.sheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The text of a stored cell value as an importer wants it: the value itself, not Excel's display of it. Numbers are
 * plain decimals, dates ISO-8601 ({@code yyyy-MM-dd}, with {@code HH:mm:ss} after a space when there is a time of
 * day), whatever the cell's format or the machine's locale.
 */
final class CellTexts {

    /** Excel shows, and means, at most 15 significant digits; the 16th and 17th are binary floating-point noise. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_UP);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private CellTexts() {
    }

    /**
     * @param stored a number as stored in the sheet ({@code 12345.5}, {@code 1.3800138E10},
     *               {@code 0.30000000000000004})
     * @return the number rounded to 15 significant digits, without exponent or trailing zeros ({@code 12345.5},
     *         {@code 13800138000}, {@code 0.3})
     * @throws NumberFormatException when {@code stored} is not a number
     */
    static String number(String stored) {
        BigDecimal value = new BigDecimal(stored.trim()).round(EXCEL_PRECISION).stripTrailingZeros();
        return value.signum() == 0 ? "0" : value.toPlainString();
    }

    /**
     * @param stored     a date as Excel stores it: days since its epoch, the fraction being the time of day
     * @param date1904   whether the workbook counts from 1904 (old Mac Excel) rather than 1900
     * @return the date, or the date and time to the second; a value below 1 is a time of day alone
     *         ({@code HH:mm:ss}), since day 0 is no date; a number Excel cannot show as a date stays a number
     */
    static String date(String stored, boolean date1904) {
        double serial = Double.parseDouble(stored.trim());
        if (!DateUtil.isValidExcelDate(serial)) {
            return number(stored);
        }
        LocalDateTime dateTime = DateUtil.getLocalDateTime(serial, date1904, true);
        if (serial < 1) {
            return TIME.format(dateTime);
        }
        return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? DATE.format(dateTime) : DATE_TIME.format(dateTime);
    }

    /**
     * A cell of type {@code d} (ISO-8601 text, written by strict OOXML producers rather than Excel).
     *
     * @throws DateTimeParseException when {@code stored} is not an ISO date or date-time
     */
    static String isoDate(String stored) {
        String text = stored.trim();
        if (text.endsWith("Z")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.indexOf('T') < 0) {
            return DATE.format(LocalDate.parse(text));
        }
        LocalDateTime dateTime = LocalDateTime.parse(text).withNano(0);
        return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? DATE.format(dateTime) : DATE_TIME.format(dateTime);
    }

    /** @return {@code TRUE} or {@code FALSE}, as Excel shows a boolean cell */
    static String bool(String stored) {
        String text = stored.trim();
        return "1".equals(text) || "true".equalsIgnoreCase(text) ? "TRUE" : "FALSE";
    }
}
