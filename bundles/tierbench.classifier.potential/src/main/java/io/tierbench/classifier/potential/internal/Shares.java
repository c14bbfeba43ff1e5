package io.tierbench.classifier.potential.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact share comparisons and their display as percentages. */
final class Shares {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Decimal places of a stored percentage; the label is decided exactly, never from this rounded value. */
    static final int PERCENT_SCALE = 4;

    private Shares() {
    }

    /** @return whether {@code part / whole} is strictly below {@code percent} %: {@code part x 100 < percent x whole} */
    static boolean below(BigDecimal part, BigDecimal whole, BigDecimal percent) {
        return part.multiply(HUNDRED).compareTo(percent.multiply(whole)) < 0;
    }

    /** @return {@code part / whole} in percent, rounded half up to {@value #PERCENT_SCALE} places; whole positive */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, PERCENT_SCALE, RoundingMode.HALF_UP);
    }

    /** @return e.g. {@code 30 %} or {@code 26.4026 %} */
    static String format(BigDecimal percent) {
        return (percent.signum() == 0 ? BigDecimal.ZERO : percent.stripTrailingZeros()).toPlainString() + " %";
    }
}
