package io.tierbench.classifier.rfm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MonetaryKeysTest {

    @Test
    void ordinaryMoneyBecomesUnitsOfTheFinestScale() {
        BigDecimal[] amounts = {new BigDecimal("900"), new BigDecimal("900.00"), new BigDecimal("0.5"),
            new BigDecimal("1200.25")};
        MonetaryKeys keys = MonetaryKeys.of(amounts);
        assertEquals(90000, keys.key(amounts[0]));
        assertEquals(90000, keys.key(amounts[1]));
        assertEquals(50, keys.key(amounts[2]));
        assertEquals(120025, keys.key(amounts[3]));
        assertEquals(new BigDecimal("1200.25"), keys.amount(120025));
    }

    @Test
    void amountsTooLargeForUnitsFallBackToTheirRank() {
        // 1E+30 in cents does not fit a long: keys become ranks among 5, 7.50 (= 7.5) and 1E+30
        BigDecimal[] amounts = {new BigDecimal("1E+30"), new BigDecimal("7.50"), new BigDecimal("5"),
            new BigDecimal("7.5")};
        MonetaryKeys keys = MonetaryKeys.of(amounts);
        assertEquals(2, keys.key(amounts[0]));
        assertEquals(1, keys.key(amounts[1]));
        assertEquals(0, keys.key(amounts[2]));
        assertEquals(1, keys.key(amounts[3]));
        assertEquals(0, new BigDecimal("1E+30").compareTo(keys.amount(2)));
        assertTrue(keys.key(amounts[2]) < keys.key(amounts[1]));
    }
}
