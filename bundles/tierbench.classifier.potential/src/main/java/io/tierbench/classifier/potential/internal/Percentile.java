package io.tierbench.classifier.potential.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A percentile by linear interpolation between closest ranks: numpy's default ({@code method='linear'}), R's and
 * Hyndman &amp; Fan's type 7, Excel's {@code PERCENTILE.INC}. On the n values sorted ascending and counted from 0,
 * {@code h = (n - 1) x p / 100}; the percentile is {@code x[floor h] + (h - floor h) x (x[floor h + 1] -
 * x[floor h])} ({@code x[floor h]} when {@code h} is the last index). Computed exactly, then rounded half up to
 * {@value #SCALE} places, since it is money.
 *
 * @param value the percentile, rounded
 * @param n the number of values
 * @param h the fractional position, counted from 0
 * @param lower the value at {@code floor h}
 * @param upper the value at {@code floor h + 1}, or {@code lower} at the last index
 */
record Percentile(BigDecimal value, int n, BigDecimal h, BigDecimal lower, BigDecimal upper) {

    /** Decimal places of a percentile of amounts. */
    static final int SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * @param values at least one value, in any order
     * @param p the percentile, from 0 to 100
     */
    static Percentile of(List<BigDecimal> values, BigDecimal p) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a percentile needs at least one value");
        }
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        BigDecimal h = BigDecimal.valueOf(n - 1L).multiply(p).divide(HUNDRED);
        int floor = h.setScale(0, RoundingMode.FLOOR).intValueExact();
        BigDecimal fraction = h.subtract(BigDecimal.valueOf(floor));
        BigDecimal lower = sorted.get(floor);
        BigDecimal upper = floor + 1 < n ? sorted.get(floor + 1) : lower;
        BigDecimal exact = lower.add(fraction.multiply(upper.subtract(lower)));
        return new Percentile(exact.setScale(SCALE, RoundingMode.HALF_UP), n, h, lower, upper);
    }

    /**
     * @return the computation in words, e.g. {@code h = (7 - 1) x 75 / 100 = 4.5, between the 5th and 6th smallest:
     *         80000.00 + 0.5 x (100000.00 - 80000.00) = 90000.00}
     */
    String describe(BigDecimal p) {
        int floor = h.setScale(0, RoundingMode.FLOOR).intValueExact();
        BigDecimal fraction = h.subtract(BigDecimal.valueOf(floor)).stripTrailingZeros();
        String position = "h = (" + n + " - 1) x " + p.stripTrailingZeros().toPlainString() + " / 100 = "
                + plain(h);
        if (fraction.signum() == 0) {
            return position + ", the " + Ordinals.of(floor + 1) + " smallest: " + value.toPlainString();
        }
        return position + ", between the " + Ordinals.of(floor + 1) + " and " + Ordinals.of(floor + 2)
                + " smallest: " + lower.toPlainString() + " + " + fraction.toPlainString() + " x ("
                + upper.toPlainString() + " - " + lower.toPlainString() + ") = " + value.toPlainString();
    }

    private static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }
}
