package io.tierbench.classifier.rfm.internal;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Exact, order-preserving {@code long} keys for spend amounts, so that ranking a million customers sorts
 * primitives instead of {@link BigDecimal} references.
 *
 * <p>Normally the key is the amount in units of the finest scale present (cents for ordinary money). Amounts too
 * large or too precise for that fall back to the amount's rank among the distinct amounts, which orders and ties
 * exactly the same way.
 */
final class MonetaryKeys {

    private final int scale;
    private final BigDecimal[] distinct;

    private MonetaryKeys(int scale, BigDecimal[] distinct) {
        this.scale = scale;
        this.distinct = distinct;
    }

    /** @param amounts every scored customer's spend */
    static MonetaryKeys of(BigDecimal[] amounts) {
        int scale = Math.max(0, Arrays.stream(amounts).mapToInt(BigDecimal::scale).max().orElse(0));
        try {
            for (BigDecimal amount : amounts) {
                amount.movePointRight(scale).longValueExact();
            }
            return new MonetaryKeys(scale, null);
        } catch (ArithmeticException tooLarge) {
            BigDecimal[] sorted = amounts.clone();
            Arrays.sort(sorted);
            return new MonetaryKeys(0, Arrays.stream(sorted).map(BigDecimal::stripTrailingZeros).distinct()
                    .toArray(BigDecimal[]::new));
        }
    }

    /** @return the key of one of the amounts this was made of */
    long key(BigDecimal amount) {
        return distinct == null ? amount.movePointRight(scale).longValueExact()
                : Arrays.binarySearch(distinct, amount.stripTrailingZeros());
    }

    /** @return the amount of a key, at the finest scale present */
    BigDecimal amount(long key) {
        return distinct == null ? BigDecimal.valueOf(key, scale) : distinct[(int) key];
    }
}
