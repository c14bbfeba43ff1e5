package io.tierbench.classifier.clv.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** How many of the ranked values are strictly higher than a given one, by binary search over the sorted values. */
final class Ranking {

    private final BigDecimal[] ascending;

    Ranking(List<BigDecimal> values) {
        ascending = values.toArray(new BigDecimal[0]);
        Arrays.sort(ascending);
    }

    int size() {
        return ascending.length;
    }

    /** @return the number of values strictly greater than {@code value} */
    int strictlyHigher(BigDecimal value) {
        int low = 0;
        int high = ascending.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ascending[mid].compareTo(value) <= 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return ascending.length - low;
    }
}
