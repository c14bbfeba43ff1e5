package io.tierbench.importer.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
    @ValueSource(strings = {"2024/03/05", "2024-3-5", "05-03-2024", "2024-03-05 1430", "2024-03-05 14.30",
        "2024-03-05x14:30", "2024-03-05 14:30:00.5", "yesterday"})
    void refusesOtherDateForms(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ValueParsers.dateTime(text));
        assertEquals("not a date; " + ValueParsers.DATE_FORMATS, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2024-13-01", "2024-03-05 24:00", "2024-03-05 12:60"})
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
    @ValueSource(strings = {"1,2", "1,2345", "12,34.5", "1e3", ".5", "5.", "1.2.3", "12 元", "abc", "¥"})
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
}
