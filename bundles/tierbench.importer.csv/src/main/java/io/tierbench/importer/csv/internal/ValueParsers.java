package io.tierbench.importer.csv.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Readers of the value formats an import file may use. Dates are read by hand rather than through
 * {@code DateTimeFormatter}: they are in every order row, and parsing is most of an import's time.
 */
final class ValueParsers {

    static final String DATE_FORMATS = "expected 2024-03-05, 2024-03-05 14:30 or 2024-03-05 14:30:00";

    private ValueParsers() {
    }

    /** Reads {@code 2024-03-05}, {@code 2024-03-05 14:30}, {@code 2024-03-05 14:30:00}, or the same with {@code T}. */
    static LocalDateTime dateTime(String text) throws InvalidValueException {
        int length = text.length();
        boolean timeShape = length == 16 || length == 19;
        if (length != 10 && !(timeShape && (text.charAt(10) == ' ' || text.charAt(10) == 'T'))) {
            throw new InvalidValueException("not a date; " + DATE_FORMATS);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        expect(text, 4, '-');
        expect(text, 7, '-');
        int hour = length == 10 ? 0 : digits(text, 11, 2);
        int minute = length == 10 ? 0 : digits(text, 14, 2);
        int second = length == 19 ? digits(text, 17, 2) : 0;
        if (length > 10) {
            expect(text, 13, ':');
        }
        if (length == 19) {
            expect(text, 16, ':');
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second);
        } catch (DateTimeException e) {
            throw new InvalidValueException("no such date or time");
        }
    }

    /** Reads a date; a date-time is accepted and its time dropped. */
    static LocalDate date(String text) throws InvalidValueException {
        return dateTime(text).toLocalDate();
    }

    /**
     * Reads a plain decimal amount, not negative. A leading {@code ¥} and thousands separators ({@code 1,234.50})
     * are accepted because Chinese spreadsheets write them; exponents are not, being a sign of a mangled cell.
     */
    static BigDecimal amount(String text) throws InvalidValueException {
        String number = text.startsWith("¥") || text.startsWith("￥") ? text.substring(1).strip() : text;
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
                value = Integer.parseInt(text);
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

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static int digits(String text, int start, int count) throws InvalidValueException {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidValueException("not a date; " + DATE_FORMATS);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static void expect(String text, int position, char separator) throws InvalidValueException {
        if (text.charAt(position) != separator) {
            throw new InvalidValueException("not a date; " + DATE_FORMATS);
        }
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
