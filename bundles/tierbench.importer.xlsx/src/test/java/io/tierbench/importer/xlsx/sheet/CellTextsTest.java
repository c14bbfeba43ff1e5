package io.tierbench.importer.xlsx.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Expected texts worked out by hand: 45356 days after 1899-12-30 is 2024-03-05; 43894 after 1904-01-01 too. */
class CellTextsTest {

    @Test
    void numbersArePlainDecimalsWithExcelsFifteenDigits() {
        assertEquals("12345.5", CellTexts.number("12345.5"));
        assertEquals("13800138000", CellTexts.number("1.3800138E10"));
        assertEquals("13800138000", CellTexts.number("13800138000"));
        assertEquals("0.3", CellTexts.number("0.30000000000000004"));
        assertEquals("100", CellTexts.number("100.0"));
        assertEquals("-0.5", CellTexts.number("-0.5"));
        assertEquals("0", CellTexts.number("-0"));
        assertEquals("0", CellTexts.number("0.000"));
        assertEquals("1000000000000000000000", CellTexts.number("1E+21"));
        assertEquals("0.000001234", CellTexts.number("1.234E-6"));
        // A 18-digit id typed as a number: Excel kept 15 digits, and so do we.
        assertEquals("123456789012346000", CellTexts.number("123456789012345678"));
        assertThrows(NumberFormatException.class, () -> CellTexts.number("12,5"));
    }

    @Test
    void datesAreIsoWithTheTimeOnlyWhenThereIsOne() {
        assertEquals("2024-03-05", CellTexts.date("45356", false));
        assertEquals("2024-03-05 14:30:00", CellTexts.date("45356.604166666664", false));
        assertEquals("2024-03-05 00:00:01", CellTexts.date("45356.0000115741", false));
        assertEquals("2024-03-05", CellTexts.date("43894", true));
        assertEquals("1900-01-01", CellTexts.date("1", false));
        assertEquals("12:00:00", CellTexts.date("0.5", false));
        assertEquals("-1", CellTexts.date("-1", false));
    }

    @Test
    void isoDateCellsAndBooleans() {
        assertEquals("2024-03-05", CellTexts.isoDate("2024-03-05"));
        assertEquals("2024-03-05", CellTexts.isoDate("2024-03-05T00:00:00"));
        assertEquals("2024-03-05 08:15:00", CellTexts.isoDate("2024-03-05T08:15:00.250Z"));
        assertEquals("TRUE", CellTexts.bool("1"));
        assertEquals("FALSE", CellTexts.bool("0"));
    }
}
