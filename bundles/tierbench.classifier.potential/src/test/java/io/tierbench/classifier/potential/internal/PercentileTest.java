package io.tierbench.classifier.potential.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Linear interpolation between closest ranks, checked by hand against the definition (and numpy.percentile with its
 * default method, which gives the same numbers): h = (n - 1) x p / 100 on the values sorted ascending, from 0.
 */
class PercentileTest {

    private static List<BigDecimal> values(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static BigDecimal percentile(String p, String... values) {
        return Percentile.of(values(values), new BigDecimal(p)).value();
    }

    @Test
    void theTextbookExample() {
        // 15 20 35 40 50, p 40: h = 4 x 0.4 = 1.6 -> 20 + 0.6 x (35 - 20) = 29; numpy.percentile(..., 40) = 29.0
        assertEquals(new BigDecimal("29.00"), percentile("40", "15", "20", "35", "40", "50"));
        // p 75: h = 3 -> 40 exactly; p 100: h = 4 -> 50; median: h = 2 -> 35
        assertEquals(new BigDecimal("40.00"), percentile("75", "50", "40", "35", "20", "15"));
        assertEquals(new BigDecimal("50.00"), percentile("100", "15", "20", "35", "40", "50"));
        assertEquals(new BigDecimal("35.00"), percentile("50", "15", "20", "35", "40", "50"));
    }

    @Test
    void interpolatesBetweenTheTwoClosestRanksOfUnsortedValues() {
        // 1 2 3 4, p 75: h = 3 x 0.75 = 2.25 -> 3 + 0.25 x (4 - 3) = 3.25
        assertEquals(new BigDecimal("3.25"), percentile("75", "4", "1", "3", "2"));
        // 10 20, p 62.5: h = 0.625 -> 10 + 0.625 x 10 = 16.25
        assertEquals(new BigDecimal("16.25"), percentile("62.5", "20", "10"));
        // 10 20 40, p 10: h = 0.2 -> 10 + 0.2 x 10 = 12; p 1: h = 0.02 -> 10.2
        assertEquals(new BigDecimal("12.00"), percentile("10", "10", "20", "40"));
        assertEquals(new BigDecimal("10.20"), percentile("1", "10", "20", "40"));
    }

    @Test
    void roundsTheExactValueHalfUpToCents() {
        // 0.01 0.02, p 25: h = 0.25 -> 0.0125 -> 0.01; p 50: 0.015 -> 0.02
        assertEquals(new BigDecimal("0.01"), percentile("25", "0.01", "0.02"));
        assertEquals(new BigDecimal("0.02"), percentile("50", "0.01", "0.02"));
    }

    @Test
    void aSingleValueIsItsOwnPercentileAndNoValueIsRefused() {
        assertEquals(new BigDecimal("700.00"), percentile("75", "700"));
        assertThrows(IllegalArgumentException.class, () -> Percentile.of(List.of(), BigDecimal.TEN));
    }

    @Test
    void describesThePositionAndTheInterpolation() {
        Percentile percentile = Percentile.of(values("80000", "5000", "100000", "150000", "27000", "10000", "63000"),
                new BigDecimal("75"));
        assertEquals("h = (7 - 1) x 75 / 100 = 4.5, between the 5th and 6th smallest: 80000 + 0.5 x (100000 - "
                + "80000) = 90000.00", percentile.describe(new BigDecimal("75")));
        Percentile exact = Percentile.of(values("1", "2", "3", "4", "5", "6", "7", "8", "9"), new BigDecimal("75"));
        assertEquals("h = (9 - 1) x 75 / 100 = 6, the 7th smallest: 7.00", exact.describe(new BigDecimal("75")));
    }

    @Test
    void ordinalsReadAsEnglish() {
        assertEquals("1st 2nd 3rd 4th 11th 12th 13th 21st 22nd 75th 101st 111th", String.join(" ",
                Ordinals.of(1), Ordinals.of(2), Ordinals.of(3), Ordinals.of(4), Ordinals.of(11), Ordinals.of(12),
                Ordinals.of(13), Ordinals.of(21), Ordinals.of(22), Ordinals.of(75), Ordinals.of(101),
                Ordinals.of(111)));
        assertEquals("62.5th", Ordinals.of(new BigDecimal("62.50")));
        assertEquals("75th", Ordinals.of(new BigDecimal("75.0")));
    }
}
