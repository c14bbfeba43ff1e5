package io.tierbench.classifier.clv.internal;

/**
 * Which repeat frequencies x occur in a customer base. Both likelihoods compute their gamma and beta terms once per
 * distinct x rather than once per customer, and need to know which x to compute them for.
 */
final class DistinctFrequencies {

    private DistinctFrequencies() {
    }

    /** @return an array indexed by x, from 0 to the largest x, true where some customer has that x */
    static boolean[] of(int[] x) {
        int maxX = 0;
        for (int frequency : x) {
            maxX = Math.max(maxX, frequency);
        }
        boolean[] present = new boolean[maxX + 1];
        for (int frequency : x) {
            present[frequency] = true;
        }
        return present;
    }
}
