package io.tierbench.classifier.jade.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact share comparisons and their display as percentages. */
final class Shares {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Decimal places of a stored percentage; the label is decided exactly, never from this rounded value. */
    static final int PERCENT_SCALE = 4;

    private Shares() {
    }

    /**
     * @return whether {@code part / whole} is at least {@code percent} %, compared exactly as
     *         {@code part * 100 >= percent * whole}
     */
    static boolean atLeast(BigDecimal part, BigDecimal whole, BigDecimal percent) {
        return part.multiply(HUNDRED).compareTo(percent.multiply(whole)) >= 0;
    }

    /** @return {@code part / whole} in percent, rounded half up to {@value #PERCENT_SCALE} places; 0 when whole is 0 */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(PERCENT_SCALE);
        }
        return part.multiply(HUNDRED).divide(whole, PERCENT_SCALE, RoundingMode.HALF_UP);
    }

    /** @return e.g. {@code 60 %} or {@code 33.3333 %} */
    static String format(BigDecimal percent) {
        return plain(percent) + " %";
    }

    /** @return the number without trailing zeros, e.g. {@code 800} for 800.00, {@code 0} for 0.00 */
    static String plain(BigDecimal number) {
        return (number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros()).toPlainString();
    }
}
