package io.tierbench.report.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HistogramTest {

    @Test
    void roundWidthsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
        assertEquals(List.of("1", "2", "2.5", "5", "10", "200", "0.25"),
                List.of("0.7", "1.2", "2.1", "4", "9.4", "120", "0.21").stream()
                        .map(raw -> Histogram.roundWidth(new BigDecimal(raw)).toPlainString()).toList());
    }

    @Test
    void evenlySpreadValuesFillTenEqualBins() {
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            values.add(BigDecimal.valueOf(i));
        }

        // 95th percentile 94, width 10 (from 9.4), so 0-10 ... 90-100 hold ten values each and nothing is above.
        assertEquals("0-10:10 10-20:10 20-30:10 30-40:10 40-50:10 50-60:10 60-70:10 70-80:10 80-90:10 90-100:10",
                describe(Histogram.of(values)));
    }

    @Test
    void valuesAboveTheRegularBinsGatherInAnOpenEndedBin() {
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 1; i <= 19; i++) {
            values.add(BigDecimal.valueOf(i));
        }
        values.add(new BigDecimal("1000"));

        // 20 values: the 95th percentile is the 19th smallest, 19; width 2 (from 1.9); 1000 lies above 20.
        assertEquals("0-2:1 2-4:2 4-6:2 6-8:2 8-10:2 10-12:2 12-14:2 14-16:2 16-18:2 18-20:2 20-:1",
                describe(Histogram.of(values)));
    }

    @Test
    void aValueOnAnEdgeStartsTheNextBin() {
        assertEquals("0-0.1:0 0.1-0.2:0 0.2-0.3:0 0.3-0.4:0 0.4-0.5:0 0.5-0.6:0 0.6-0.7:0 0.7-0.8:0 0.8-0.9:0 "
                + "0.9-1:1 1-1.1:1", describe(Histogram.of(List.of(new BigDecimal("0.9"), BigDecimal.ONE))));
        assertEquals("", describe(Histogram.of(List.of())));
    }

    @Test
    void negativeValuesMoveTheFirstEdgeBelowZero() {
        // Range -50 to 100: width 20 (from 15); edges on multiples of 20, so the first bin starts at -60.
        assertEquals("-60--40:1 -40--20:0 -20-0:0 0-20:1 20-40:0 40-60:0 60-80:0 80-100:1 100-120:1",
                describe(Histogram.of(List.of(new BigDecimal("-50"), BigDecimal.ZERO, new BigDecimal("99"),
                        new BigDecimal("100")))));
    }

    private static String describe(Histogram histogram) {
        return histogram.bins().stream().map(b -> b.from().toPlainString() + "-"
                + (b.to() == null ? "" : b.to().toPlainString()) + ":" + b.count()).collect(Collectors.joining(" "));
    }
}
