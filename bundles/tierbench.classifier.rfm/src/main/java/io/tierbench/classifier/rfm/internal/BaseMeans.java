package io.tierbench.classifier.rfm.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * The means of days, purchases and spend over the scored customers, for the eight-class value model.
 *
 * <p>Comparisons are exact (value x N against the sum), never against a rounded mean. The displayed means are
 * rounded toward the side that keeps every printed comparison true: the mean days down (R is high when the days
 * are at most the mean), the mean purchases and spend up (F and M are high when at least the mean).
 */
final class BaseMeans {

    private static final int DISPLAY_SCALE = 2;

    private final long count;
    private final long sumDays;
    private final long sumFrequency;
    private final BigDecimal sumMonetary;
    private final int monetaryScale;

    private BaseMeans(long count, long sumDays, long sumFrequency, BigDecimal sumMonetary, int monetaryScale) {
        this.count = count;
        this.sumDays = sumDays;
        this.sumFrequency = sumFrequency;
        this.sumMonetary = sumMonetary;
        this.monetaryScale = monetaryScale;
    }

    /** The three arrays hold the values of the same, non-empty set of scored customers. */
    static BaseMeans of(long[] days, int[] frequencies, BigDecimal[] monetary) {
        long sumDays = Arrays.stream(days).sum();
        long sumFrequency = Arrays.stream(frequencies).asLongStream().sum();
        BigDecimal sumMonetary = Arrays.stream(monetary).reduce(BigDecimal.ZERO, BigDecimal::add);
        // a spend with more decimals than two still compares truthfully against a mean shown with as many
        int scale = Math.max(DISPLAY_SCALE, Arrays.stream(monetary).mapToInt(BigDecimal::scale).max().orElse(0));
        return new BaseMeans(days.length, sumDays, sumFrequency, sumMonetary, scale);
    }

    /** @return whether {@code days} is at most the mean days: R high, a recent customer */
    boolean recent(long days) {
        return days * count <= sumDays;
    }

    /** @return whether {@code frequency} is at least the mean: F high */
    boolean frequent(int frequency) {
        return frequency * count >= sumFrequency;
    }

    /** @return whether {@code monetary} is at least the mean: M high */
    boolean highSpend(BigDecimal monetary) {
        return monetary.multiply(BigDecimal.valueOf(count)).compareTo(sumMonetary) >= 0;
    }

    String meanDays() {
        return BigDecimal.valueOf(sumDays).divide(BigDecimal.valueOf(count), DISPLAY_SCALE, RoundingMode.FLOOR)
                .toPlainString();
    }

    String meanFrequency() {
        return BigDecimal.valueOf(sumFrequency).divide(BigDecimal.valueOf(count), DISPLAY_SCALE, RoundingMode.CEILING)
                .toPlainString();
    }

    String meanMonetary() {
        return sumMonetary.divide(BigDecimal.valueOf(count), monetaryScale, RoundingMode.CEILING).toPlainString();
    }

    /** @return the means with the sums they come from, e.g. {@code days 184.75 (2217/12), ...} */
    String describe() {
        return "days " + meanDays() + " (" + sumDays + "/" + count + "), F " + meanFrequency() + " (" + sumFrequency
                + "/" + count + "), M " + meanMonetary() + " (" + sumMonetary.toPlainString() + "/" + count + ")";
    }
}
