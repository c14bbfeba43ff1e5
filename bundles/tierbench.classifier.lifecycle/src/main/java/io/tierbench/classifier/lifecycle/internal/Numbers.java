package io.tierbench.classifier.lifecycle.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How numbers appear in explanations. */
final class Numbers {

    /** Decimal places of a probability in an explanation; the stage is decided on the unrounded value. */
    private static final int PROBABILITY_SCALE = 4;

    private Numbers() {
    }

    /** @return e.g. {@code 2} for 2.0, {@code 1.5} for 1.50 */
    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** @return e.g. {@code 0.0512} */
    static String probability(double value) {
        return plain(BigDecimal.valueOf(value).setScale(PROBABILITY_SCALE, RoundingMode.HALF_UP));
    }
}
