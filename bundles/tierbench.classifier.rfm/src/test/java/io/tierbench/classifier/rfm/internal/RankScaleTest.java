package io.tierbench.classifier.rfm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RankScaleTest {

    @Test
    void allEqualValuesShareScoreOneAndNoHigherScoreIsReached() {
        RankScale scale = RankScale.of(new long[] {3, 3, 3, 3}, 5);
        assertEquals(1, scale.score(3));
        assertEquals(Arrays.asList(3L, null, null, null, null), scale.breakpoints());
    }

    @Test
    void singleCustomerScoresOne() {
        RankScale scale = RankScale.of(new long[] {7}, 5);
        assertEquals(1, scale.score(7));
        assertEquals(Arrays.asList(7L, null, null, null, null), scale.breakpoints());
    }

    @Test
    void threeBinsOverSevenValues() {
        // N = 7, score = 1 + floor(3 L / 7): L 0..2 -> 1, L 3..4 -> 2, L 5..6 -> 3
        // values 10 20 20 30 40 50 60: L = 0 1 1 3 4 5 6 -> scores 1 1 1 2 2 3 3
        // breakpoints: s=2 from L >= ceil(7/3) = 3 -> 30; s=3 from L >= ceil(14/3) = 5 -> 50
        RankScale scale = RankScale.of(new long[] {50, 20, 10, 60, 20, 30, 40}, 3);
        int[] expected = {1, 1, 1, 2, 2, 3, 3};
        long[] values = {10, 20, 20, 30, 40, 50, 60};
        for (int i = 0; i < values.length; i++) {
            assertEquals(expected[i], scale.score(values[i]), "value " + values[i]);
        }
        assertEquals(List.of(10L, 30L, 50L), scale.breakpoints());
    }

    @Test
    void negativeKeysRankLikeAnyOther() {
        // recency passes minus the days: 9 days (-9) is the worst, 1 day (-1) the best
        RankScale scale = RankScale.of(new long[] {-1, -5, -9}, 3);
        assertEquals(3, scale.score(-1));
        assertEquals(2, scale.score(-5));
        assertEquals(1, scale.score(-9));
        assertEquals(List.of(-9L, -5L, -1L), scale.breakpoints());
    }

    @Test
    void agreesWithTheDefinitionCountedPairByPair() {
        Random random = new Random(20240331L);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(40);
            int bins = 2 + random.nextInt(8);
            long[] values = random.longs(n, 0, 12).toArray();
            RankScale scale = RankScale.of(values, bins);
            for (long value : values) {
                assertEquals(1 + bins * lowerCount(values, value) / n, scale.score(value),
                        Arrays.toString(values) + " bins " + bins);
            }
            assertEquals(breakpointsByDefinition(values, bins), scale.breakpoints(),
                    Arrays.toString(values) + " bins " + bins);
        }
    }

    private static long lowerCount(long[] values, long value) {
        return Arrays.stream(values).filter(other -> other < value).count();
    }

    /** For each score, the smallest value whose score, counted pair by pair, reaches it. */
    private static List<Long> breakpointsByDefinition(long[] values, int bins) {
        List<Long> breakpoints = new ArrayList<>();
        for (int s = 1; s <= bins; s++) {
            Long smallest = null;
            for (long value : values) {
                boolean reaches = 1 + bins * lowerCount(values, value) / values.length >= s;
                if (reaches && (smallest == null || value < smallest)) {
                    smallest = value;
                }
            }
            breakpoints.add(smallest);
        }
        return breakpoints;
    }
}
