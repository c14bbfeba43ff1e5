package io.tierbench.importer.support;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readers of the value formats an import file may use. The common ISO date is read by hand rather than through
 * {@code DateTimeFormatter} or a pattern: it is in every order row, and parsing is most of an import's time.
 */
final class ValueParsers {

    private static final List<String> CURRENCY_PREFIXES = List.of("¥", "￥", "RMB", "CNY", "人民币");

    static final String DATE_FORMATS = "expected a date such as 2024-03-05, 2024/3/5, 2024年3月5日 or 20240305, "
            + "optionally with a time (14:30 or 14:30:00), or an Excel date number such as 45356";

    /** Excel's day 0 in the 1900 date system, as counted from day 61 on (Excel thinks 1900 was a leap year). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /**
     * Excel date numbers are read from 1970-01-01 (25569) to 2099-12-31 (73050) only: a bare number outside those
     * days in a date column is far likelier a year, a count or a slip than a date, and must not become one silently.
     */
    private static final int FIRST_EXCEL_DAY = 25_569;
    private static final int LAST_EXCEL_DAY = 73_050;
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?:\\s*日)?"
            + "(?:(?:(?<=日)\\s*|T|\\s+)(\\d{1,2})\\s*[:时点]\\s*(\\d{1,2})"
            + "(?:\\s*[:分]\\s*(\\d{1,2})(?:\\.(\\d{1,9}))?\\s*秒?|\\s*分)?)?");

    private ValueParsers() {
    }

    /**
     * Reads the date and date-time forms Chinese shops write: ISO ({@code 2024-03-05}, {@code 2024-03-05 14:30:00},
     * {@code T} between), slashes or dots ({@code 2024/3/5 14:30}), Chinese ({@code 2024年3月5日 14时30分}),
     * {@code 20240305}, and Excel's date numbers ({@code 45356.5} is 2024-03-05 12:00). Day-first and month-first
     * forms ({@code 05/03/2024}) are refused: which one was meant cannot be told.
     */
    static LocalDateTime dateTime(String text) throws InvalidValueException {
        int length = text.length();
        if ((length == 10 || length == 16 || length == 19) && text.charAt(4) == '-' && text.charAt(7) == '-') {
            LocalDateTime iso = isoDateTime(text);
            if (iso != null) {
                return iso;
            }
        }
        return otherDateTime(FullWidth.toAscii(text).strip());
    }

    /** The fast path, for the form nearly every machine-written file uses; {@code null} when not in that form. */
    private static LocalDateTime isoDateTime(String text) throws InvalidValueException {
        int length = text.length();
        boolean timeShape = length == 16 || length == 19;
        if (timeShape && text.charAt(10) != ' ' && text.charAt(10) != 'T'
                || length > 10 && text.charAt(13) != ':' || length == 19 && text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = length == 10 ? 0 : digits(text, 11, 2);
        int minute = length == 10 ? 0 : digits(text, 14, 2);
        int second = length == 19 ? digits(text, 17, 2) : 0;
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        return at(year, month, day, hour, minute, second, 0);
    }

    private static LocalDateTime otherDateTime(String text) throws InvalidValueException {
        if (!text.isEmpty() && isPlainDecimal(text)) {
            return number(text);
        }
        Matcher matcher = DATE_TIME.matcher(text);
        if (!matcher.matches()) {
            throw new InvalidValueException("not a date; " + DATE_FORMATS);
        }
        int nanos = 0;
        if (matcher.group(7) != null) {
            String fraction = (matcher.group(7) + "00000000").substring(0, 9);
            nanos = Integer.parseInt(fraction);
        }
        return at(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)), intOrZero(matcher.group(4)), intOrZero(matcher.group(5)),
                intOrZero(matcher.group(6)), nanos);
    }

    /** An eight-digit {@code yyyyMMdd}, or an Excel date number whose fraction is the time of day. */
    private static LocalDateTime number(String text) throws InvalidValueException {
        if (text.length() == 8 && text.indexOf('.') < 0) {
            return at(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4, 6)),
                    Integer.parseInt(text.substring(6, 8)), 0, 0, 0, 0);
        }
        BigDecimal serial = new BigDecimal(text);
        if (serial.compareTo(BigDecimal.valueOf(FIRST_EXCEL_DAY)) < 0
                || serial.compareTo(BigDecimal.valueOf(LAST_EXCEL_DAY + 1L)) >= 0) {
            throw new InvalidValueException("not a date; " + DATE_FORMATS + " (Excel date numbers are read from "
                    + FIRST_EXCEL_DAY + ", 1970-01-01, to " + LAST_EXCEL_DAY + ", 2099-12-31)");
        }
        long days = serial.longValue();
        long seconds = serial.subtract(BigDecimal.valueOf(days)).multiply(BigDecimal.valueOf(86_400))
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
        return EXCEL_EPOCH.plusDays(days).atStartOfDay().plusSeconds(seconds);
    }

    private static LocalDateTime at(int year, int month, int day, int hour, int minute, int second, int nanos)
            throws InvalidValueException {
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos);
        } catch (DateTimeException e) {
            throw new InvalidValueException("no such date or time");
        }
    }

    private static int intOrZero(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    /** Reads a date; a date-time is accepted and its time dropped. */
    static LocalDate date(String text) throws InvalidValueException {
        return dateTime(text).toLocalDate();
    }

    /**
     * Reads a plain decimal amount, not negative. A currency mark ({@code ¥}, {@code RMB}, {@code CNY},
     * {@code 人民币} before, {@code 元} after), thousands separators ({@code 1,234.50}) and full-width digits are
     * accepted because Chinese spreadsheets write them; exponents are not, being a sign of a mangled cell.
     */
    static BigDecimal amount(String text) throws InvalidValueException {
        String number = withoutCurrencyMarks(FullWidth.toAscii(text).strip());
        if (number.startsWith("-")) {
            throw new InvalidValueException("negative amount");
        }
        if (number.indexOf(',') >= 0) {
            number = withoutThousandsSeparators(number);
        }
        if (!isPlainDecimal(number)) {
            throw new InvalidValueException("not an amount; expected a decimal such as 1234.50");
        }
        return new BigDecimal(number);
    }

    /** @return a reader of whole numbers from {@code min} to {@code max} */
    static ValueParser<Integer> wholeNumber(int min, int max) {
        return text -> {
            int value;
            try {
                value = Integer.parseInt(wholeNumberText(FullWidth.toAscii(text)));
            } catch (NumberFormatException e) {
                throw new InvalidValueException("not a whole number");
            }
            if (value < min || value > max) {
                throw new InvalidValueException("must be from " + min + " to " + max);
            }
            return value;
        };
    }

    /** Reads an ISO 4217 code; {@code RMB}, {@code 人民币} and {@code ¥} mean {@code CNY}. */
    static String currency(String text) throws InvalidValueException {
        String code = text.toUpperCase(Locale.ROOT);
        if (code.equals("RMB") || code.equals("人民币") || code.equals("¥") || code.equals("￥")) {
            return "CNY";
        }
        if (code.length() != 3 || !isLetter(code.charAt(0)) || !isLetter(code.charAt(1)) || !isLetter(code.charAt(2))) {
            throw new InvalidValueException("not a currency; expected a three-letter code such as CNY");
        }
        return code;
    }

    /** Spreadsheets write whole numbers as {@code 3.0}; a zero fraction is no reason to refuse one. */
    private static String wholeNumberText(String text) {
        int point = text.indexOf('.');
        if (point > 0 && text.substring(point + 1).chars().allMatch(c -> c == '0')) {
            return text.substring(0, point);
        }
        return text;
    }

    private static String withoutCurrencyMarks(String text) {
        String number = text;
        for (String prefix : CURRENCY_PREFIXES) {
            if (number.regionMatches(true, 0, prefix, 0, prefix.length())) {
                number = number.substring(prefix.length()).strip();
                break;
            }
        }
        if (number.endsWith("元")) {
            number = number.substring(0, number.length() - 1).strip();
        }
        return number;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** @return the number written by the digits, or -1 when one is not a digit */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Removes separators only where they group thousands, so {@code 1,2} stays invalid rather than becoming 12. */
    private static String withoutThousandsSeparators(String number) throws InvalidValueException {
        int point = number.indexOf('.');
        String whole = point < 0 ? number : number.substring(0, point);
        String[] groups = whole.split(",", -1);
        boolean grouped = groups[0].length() >= 1 && groups[0].length() <= 3;
        for (int i = 1; i < groups.length; i++) {
            grouped &= groups[i].length() == 3;
        }
        if (!grouped) {
            throw new InvalidValueException("not an amount; expected a decimal such as 1234.50");
        }
        return whole.replace(",", "") + (point < 0 ? "" : number.substring(point));
    }

    private static boolean isPlainDecimal(String number) {
        int point = number.indexOf('.');
        int wholeDigits = point < 0 ? number.length() : point;
        if (wholeDigits == 0 || point == number.length() - 1) {
            return false;
        }
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (i != point && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }
}
