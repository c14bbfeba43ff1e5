package io.tierbench.classifier.rfm.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores one metric 1..bins over the scored customers, as PRODUCT.md defines it: score = 1 + floor(bins * L / N),
 * where L counts the customers with a strictly worse value. Equal values therefore always share a score.
 *
 * <p>Values are {@code long} keys where higher is better (recency passes minus the days). They are sorted once as
 * primitives and L is found by binary search: O(N log N) for N customers, without chasing a million object
 * references through the cache.
 */
final class RankScale {

    private final long[] ascending;
    private final int bins;

    private RankScale(long[] ascending, int bins) {
        this.ascending = ascending;
        this.bins = bins;
    }

    /**
     * @param keys the metric of every scored customer, higher is better; not modified
     * @param bins the number of scores
     */
    static RankScale of(long[] keys, int bins) {
        long[] ascending = keys.clone();
        Arrays.sort(ascending);
        return new RankScale(ascending, bins);
    }

    /**
     * @param key the key of one of the scored customers
     * @return its score, 1..bins
     */
    int score(long key) {
        long worse = countBelow(key, false);
        return 1 + (int) (bins * worse / ascending.length);
    }

    /**
     * The breakpoints: for each score s, the lowest observed key whose score is at least s. A key scores s exactly
     * when it is at least breakpoint s and below the next present breakpoint.
     *
     * @return one entry per score 1..bins; {@code null} where no customer reaches the score (many ties at the top)
     */
    List<Long> breakpoints() {
        List<Long> breakpoints = new ArrayList<>(bins);
        int n = ascending.length;
        for (int s = 1; s <= bins; s++) {
            // smallest L with floor(bins * L / n) >= s - 1
            int index = (int) (((long) (s - 1) * n + bins - 1) / bins);
            if (index > 0 && index < n && ascending[index - 1] == ascending[index]) {
                // index falls inside a run of equal keys, which all score lower: skip the run
                index = countBelow(ascending[index], true);
            }
            breakpoints.add(index < n ? ascending[index] : null);
        }
        return breakpoints;
    }

    /** @return how many keys are below {@code key}, or below or equal with {@code orEqual} */
    private int countBelow(long key, boolean orEqual) {
        int low = 0;
        int high = ascending.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            long other = ascending[middle];
            if (other < key || orEqual && other == key) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
