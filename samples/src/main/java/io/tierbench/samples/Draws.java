package io.tierbench.samples;

import java.util.SplittableRandom;

/**
 * The random draws of a generation, all from one seeded generator in a fixed order. {@link StrictMath} rather than
 * {@link Math}, whose results may differ in the last bit between machines, keeps the files byte-identical everywhere.
 */
final class Draws {

    private final SplittableRandom random;

    Draws(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** @return a whole number from 0 to {@code bound - 1} */
    int below(int bound) {
        return random.nextInt(bound);
    }

    /** @return a whole number from {@code min} to {@code max}, both included */
    long between(long min, long max) {
        return min + random.nextLong(max - min + 1);
    }

    /** @return {@code true} with probability {@code p} */
    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** @return a standard normal number, by the Box–Muller transform */
    double gaussian() {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    /** @return a lognormal number with the given median and shape */
    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    /** @return a lognormal number with mean 1, for scaling a mean without moving it */
    double unitMeanLogNormal(double sigma) {
        return StrictMath.exp(sigma * gaussian() - sigma * sigma / 2.0);
    }

    /** @return one of the items, uniformly */
    <T> T pick(T[] items) {
        return items[below(items.length)];
    }

    /** @return an index into {@code weights}, each with a chance in proportion to its weight */
    int weighted(int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = below(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("weights must be positive");
    }
}
