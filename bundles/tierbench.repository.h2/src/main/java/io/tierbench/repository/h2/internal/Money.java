package io.tierbench.repository.h2.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one form in which money leaves the repository, so that a value read back equals the value written (the
 * columns are {@code DECIMAL(19,4)}, and {@link BigDecimal#equals} compares scale): rounded to four decimals as the
 * column does, without trailing zeros, but with at least two decimals ({@code 12.5} becomes {@code 12.50},
 * {@code 100} becomes {@code 100.00}, {@code 1.2345} stays).
 */
final class Money {

    static final int STORED_SCALE = 4;
    private static final int MIN_SCALE = 2;

    private Money() {
    }

    /** @return the canonical form of {@code amount}, {@code null} for {@code null} */
    static BigDecimal canonical(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.setScale(STORED_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        return stripped.scale() < MIN_SCALE ? stripped.setScale(MIN_SCALE) : stripped;
    }
}
