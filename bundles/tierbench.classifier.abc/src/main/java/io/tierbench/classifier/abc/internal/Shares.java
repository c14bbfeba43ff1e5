package io.tierbench.classifier.abc.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact share comparisons and their display as percentages. */
final class Shares {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Decimal places of a stored percentage; the class is decided exactly, never from this rounded value. */
    static final int PERCENT_SCALE = 4;

    private Shares() {
    }

    /**
     * @return whether {@code part / whole} is strictly below {@code percent} %, compared exactly as
     *         {@code part * 100 < percent * whole}; {@code whole} must be positive
     */
    static boolean below(BigDecimal part, BigDecimal whole, BigDecimal percent) {
        return part.multiply(HUNDRED).compareTo(percent.multiply(whole)) < 0;
    }

    /** @return {@code part / whole} in percent, rounded half up to {@value #PERCENT_SCALE} places; 0 when whole is 0 */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(PERCENT_SCALE);
        }
        return part.multiply(HUNDRED).divide(whole, PERCENT_SCALE, RoundingMode.HALF_UP);
    }

    /** @return e.g. {@code 80 %} or {@code 33.3333 %} */
    static String format(BigDecimal percent) {
        return (percent.signum() == 0 ? BigDecimal.ZERO : percent.stripTrailingZeros()).toPlainString() + " %";
    }
}
