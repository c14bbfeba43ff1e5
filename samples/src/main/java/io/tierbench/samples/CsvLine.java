package io.tierbench.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Builds one CSV line at a time as UTF-8 bytes and writes it whole. Numbers, ids and dates are written digit by
 * digit and ASCII text byte by byte: with millions of orders, building strings and encoding characters through a
 * {@link java.io.Writer} was most of the run.
 */
final class CsvLine {

    private final OutputStream out;
    private byte[] bytes = new byte[512];
    private int length;
    private boolean firstField = true;

    CsvLine(OutputStream out) {
        this.out = out;
    }

    /** Appends a text field, quoted when it has a comma, quote or line break; {@code null} is an empty field. */
    CsvLine text(String value) {
        separate();
        if (value == null) {
            return this;
        }
        String field = value;
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            field = '"' + value.replace("\"", "\"\"") + '"';
        }
        if (isAscii(field)) {
            ensureRoom(field.length());
            for (int i = 0; i < field.length(); i++) {
                bytes[length++] = (byte) field.charAt(i);
            }
        } else {
            put(field.getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    /** Appends an id: a letter and a number with leading zeros up to {@code width} digits. */
    CsvLine id(char prefix, long number, int width) {
        separate();
        ensureRoom(1);
        bytes[length++] = (byte) prefix;
        digits(number, width);
        return this;
    }

    CsvLine number(long value) {
        separate();
        digits(value, 1);
        return this;
    }

    /** Appends {@code yyyy-MM-dd}. */
    CsvLine date(long epochDay) {
        separate();
        appendDate(epochDay);
        return this;
    }

    /** Appends {@code yyyy-MM-dd HH:mm:ss}. */
    CsvLine dateTime(long epochDay, int secondOfDay) {
        separate();
        appendDate(epochDay);
        ascii(' ');
        digits(secondOfDay / 3600, 2);
        ascii(':');
        digits(secondOfDay / 60 % 60, 2);
        ascii(':');
        digits(secondOfDay % 60, 2);
        return this;
    }

    /** Appends a whole amount of yuan as a decimal with two places. */
    CsvLine yuan(long amount) {
        separate();
        digits(amount, 1);
        ascii('.');
        digits(0, 2);
        return this;
    }

    /** Appends an amount given in fen (hundredths of a yuan) as a decimal with two places, e.g. 8990 as 89.90. */
    CsvLine fen(long amount) {
        separate();
        digits(amount / 100, 1);
        ascii('.');
        digits(amount % 100, 2);
        return this;
    }

    /** Writes the line with an LF and starts the next. */
    void end() throws IOException {
        ascii('\n');
        out.write(bytes, 0, length);
        length = 0;
        firstField = true;
    }

    private void separate() {
        if (!firstField) {
            ascii(',');
        }
        firstField = false;
    }

    private void appendDate(long epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        digits(date.getYear(), 4);
        ascii('-');
        digits(date.getMonthValue(), 2);
        ascii('-');
        digits(date.getDayOfMonth(), 2);
    }

    /** Appends a number that is not negative, with leading zeros up to {@code width} digits. */
    private void digits(long value, int width) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        int count = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            count++;
        }
        int total = Math.max(count, width);
        ensureRoom(total);
        long rest = value;
        for (int i = length + total - 1; i >= length; i--) {
            bytes[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        length += total;
    }

    private void ascii(char c) {
        ensureRoom(1);
        bytes[length++] = (byte) c;
    }

    private void put(byte[] more) {
        ensureRoom(more.length);
        System.arraycopy(more, 0, bytes, length, more.length);
        length += more.length;
    }

    private void ensureRoom(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
