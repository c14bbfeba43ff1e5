package io.tierbench.report.html.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Equal-width bins of round width from zero (or below the lowest value, when negative) up past the 95th percentile, and
 * one open-ended bin for the values above: a value distribution is usually long-tailed, and one big customer
 * should not squeeze everybody else into the first bar. Computed in decimals, so a value on an edge always falls
 * in the bin that starts there.
 *
 * @param bins the bins in ascending order; the last one is open-ended when some value lies above the regular bins
 */
record Histogram(List<Bin> bins) {

    /** Roughly how many regular bins to aim for. */
    private static final int TARGET_BINS = 10;

    /**
     * One bin: values from {@code from} (inclusive) to {@code to} (exclusive).
     *
     * @param from lower edge, inclusive
     * @param to upper edge, exclusive; {@code null} for the open-ended top bin
     * @param count values in the bin
     */
    record Bin(BigDecimal from, BigDecimal to, long count) {
    }

    /** @param values the values; none may be {@code null} */
    static Histogram of(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return new Histogram(List.of());
        }
        BigDecimal[] sorted = values.toArray(BigDecimal[]::new);
        Arrays.sort(sorted);
        BigDecimal lowest = sorted[0].min(BigDecimal.ZERO);
        // The 95th percentile by the nearest-rank method: the ceil(0.95 n)-th smallest value.
        BigDecimal high = sorted[(int) ((95L * sorted.length + 99) / 100) - 1];
        if (high.compareTo(lowest) <= 0) {
            high = sorted[sorted.length - 1];
        }
        BigDecimal width = roundWidth(high.subtract(lowest).max(BigDecimal.ONE)
                .divide(BigDecimal.valueOf(TARGET_BINS), 12, RoundingMode.HALF_UP));
        // Edges on multiples of the width, zero among them.
        BigDecimal low = lowest.divide(width, 0, RoundingMode.FLOOR).multiply(width);
        // One more bin than the quotient, so that the 95th percentile itself is inside a regular bin.
        int regular = high.subtract(low).divideToIntegralValue(width).intValue() + 1;
        long[] counts = new long[regular + 1];
        for (BigDecimal value : sorted) {
            counts[Math.min(regular, value.subtract(low).divideToIntegralValue(width).intValue())]++;
        }
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i < regular; i++) {
            BigDecimal from = low.add(width.multiply(BigDecimal.valueOf(i)));
            bins.add(new Bin(from.stripTrailingZeros(), from.add(width).stripTrailingZeros(), counts[i]));
        }
        if (counts[regular] > 0) {
            bins.add(new Bin(low.add(width.multiply(BigDecimal.valueOf(regular))).stripTrailingZeros(), null,
                    counts[regular]));
        }
        return new Histogram(List.copyOf(bins));
    }

    /** @return the smallest of 1, 2, 2.5 and 5 times a power of ten that is at least {@code raw} (positive) */
    static BigDecimal roundWidth(BigDecimal raw) {
        int magnitude = raw.precision() - raw.scale() - 1;
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(magnitude);
        for (String step : new String[] {"1", "2", "2.5", "5", "10"}) {
            BigDecimal width = new BigDecimal(step).multiply(power);
            if (width.compareTo(raw) >= 0) {
                return width.stripTrailingZeros();
            }
        }
        throw new AssertionError("10 times the power of ten of " + raw + " is below it");
    }
}
