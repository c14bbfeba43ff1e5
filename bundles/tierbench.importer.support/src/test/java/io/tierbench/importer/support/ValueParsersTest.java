package io.tierbench.importer.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueParsersTest {

    @Test
    void readsTheIsoDateAndDateTimeForms() throws InvalidValueException {
        assertEquals(LocalDateTime.of(2024, 3, 5, 0, 0), ValueParsers.dateTime("2024-03-05"));
        assertEquals(LocalDateTime.of(2024, 3, 5, 14, 30), ValueParsers.dateTime("2024-03-05 14:30"));
        assertEquals(LocalDateTime.of(2024, 3, 5, 14, 30, 59), ValueParsers.dateTime("2024-03-05 14:30:59"));
        assertEquals(LocalDateTime.of(2024, 3, 5, 14, 30), ValueParsers.dateTime("2024-03-05T14:30"));
        assertEquals(LocalDateTime.of(2024, 3, 5, 14, 30, 1), ValueParsers.dateTime("2024-03-05T14:30:01"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024/03/05|2024-03-05T00:00", "2024/3/5|2024-03-05T00:00", "2024-3-5|2024-03-05T00:00",
        "2024.3.5|2024-03-05T00:00", "2024/3/5 9:05|2024-03-05T09:05", "2024/3/5 14:30:59|2024-03-05T14:30:59",
        "2024年3月5日|2024-03-05T00:00", "2024年03月05日 14:30|2024-03-05T14:30",
        "2024年3月5日14时30分|2024-03-05T14:30", "2024年3月5日 14时30分15秒|2024-03-05T14:30:15",
        "2024-03-05 14:30:00.500|2024-03-05T14:30:00.500", "20240305|2024-03-05T00:00",
        "２０２４－０３－０５|2024-03-05T00:00", "２０２４年３月５日|2024-03-05T00:00",
        // Excel's date numbers: 45356 is 2024-03-05 (checked in Excel and LibreOffice); .5 is noon.
        "45356|2024-03-05T00:00", "45356.5|2024-03-05T12:00", "45356.604166666664|2024-03-05T14:30",
        "25569|1970-01-01T00:00", "73050|2099-12-31T00:00"})
    void readsTheFormsChineseShopsWrite(String text, String expected) throws InvalidValueException {
        assertEquals(LocalDateTime.parse(expected), ValueParsers.dateTime(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"05-03-2024", "3/5/2024", "2024-03-05 1430", "2024-03-05 14.30", "2024-03-0514:30",
        "2024-03-05x14:30", "2024-03-05T14:30:00+08:00", "yesterday", "60", "2024", "100", "25568", "73051",
        "-45356"})
    void refusesOtherDateForms(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ValueParsers.dateTime(text));
        assertTrue(e.getMessage().startsWith("not a date; " + ValueParsers.DATE_FORMATS), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2024-13-01", "2024-03-05 24:00", "2024-03-05 12:60", "2024/2/30",
        "2023年2月29日", "20241301"})
    void refusesDaysAndTimesThatDoNotExist(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ValueParsers.dateTime(text));
        assertEquals("no such date or time", e.getMessage());
    }

    @Test
    void readsPlainAmountsWithOptionalYenSignAndThousandsSeparators() throws InvalidValueException {
        assertEquals(new BigDecimal("1234.50"), ValueParsers.amount("1234.50"));
        assertEquals(new BigDecimal("1234.50"), ValueParsers.amount("1,234.50"));
        assertEquals(new BigDecimal("1234567"), ValueParsers.amount("¥1,234,567"));
        assertEquals(new BigDecimal("88"), ValueParsers.amount("￥ 88"));
        assertEquals(new BigDecimal("0"), ValueParsers.amount("0"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12 元|12", "1,280元|1280", "RMB 1,234.5|1234.5", "rmb88|88", "CNY 10|10",
        "人民币 6,800.00|6800.00", "１２３４．５０|1234.50", "￥１，２８０|1280"})
    void readsCurrencyMarksAndFullWidthDigits(String text, String expected) throws InvalidValueException {
        assertEquals(new BigDecimal(expected), ValueParsers.amount(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,2", "1,2345", "12,34.5", "1e3", ".5", "5.", "1.2.3", "12 块", "abc", "¥", "元",
        "USD 12"})
    void refusesOtherAmounts(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ValueParsers.amount(text));
        assertEquals("not an amount; expected a decimal such as 1234.50", e.getMessage());
    }

    @Test
    void refusesNegativeAmounts() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ValueParsers.amount("-0.01"));
        assertEquals("negative amount", e.getMessage());
    }

    @Test
    void readsCurrencies() throws InvalidValueException {
        assertEquals("CNY", ValueParsers.currency("rmb"));
        assertEquals("CNY", ValueParsers.currency("人民币"));
        assertEquals("USD", ValueParsers.currency("usd"));
        assertThrows(InvalidValueException.class, () -> ValueParsers.currency("US$"));
    }

    @Test
    void readsWholeNumbersAsSpreadsheetsWriteThem() throws InvalidValueException {
        ValueParser<Integer> scores = ValueParsers.wholeNumber(1, 5);
        assertEquals(4, scores.parse("4"));
        assertEquals(4, scores.parse("4.0"));
        assertEquals(4, scores.parse("４"));
        assertThrows(InvalidValueException.class, () -> scores.parse("4.5"));
        assertThrows(InvalidValueException.class, () -> scores.parse("6"));
    }
}
