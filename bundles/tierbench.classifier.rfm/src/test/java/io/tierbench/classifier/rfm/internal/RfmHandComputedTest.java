package io.tierbench.classifier.rfm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.classifier.support.testing.FakeClassificationContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Twelve customers worked out by hand from the definitions of PRODUCT.md, with ties placed where a naive rank or a
 * naive breakpoint gives another answer. Default configuration: 5 bins, all history, the default grid.
 *
 * <pre>
 * N = 12, score = 1 + floor(5 L / 12):
 *   L = 0, 1, 2 -> 1   (0, 5/12, 10/12)
 *   L = 3, 4    -> 2   (15/12 = 1.25, 20/12 = 1.67)
 *   L = 5, 6, 7 -> 3   (25/12 = 2.08, 30/12 = 2.5, 35/12 = 2.92)
 *   L = 8, 9    -> 4   (40/12 = 3.33, 45/12 = 3.75)
 *   L = 10, 11  -> 5   (50/12 = 4.17, 55/12 = 4.58)
 * A score s is reached from L >= ceil(12 (s - 1) / 5): s=1: 0, s=2: 3, s=3: 5, s=4: 8, s=5: 10.
 *
 * id   days  F   M        | L(R) R | L(F) F | L(M) M | FM = half_up((F+M)/2) | cell  segment
 * c01     1  12  6000.00  |  11  5 |  11  5 |  11  5 | 5                     | R5xFM5 Champions
 * c02     3   1    80.00  |   9  4 |   0  1 |   2  1 | 1                     | R4xFM1 Promising
 * c03     3   7  1500.00  |   9  4 |   9  4 |   9  4 | 4                     | R4xFM4 Loyal Customers
 * c04    10   7   900.00  |   8  4 |   9  4 |   7  3 | 3.5 -> 4              | R4xFM4 Loyal Customers
 * c05    25   4   900     |   7  3 |   7  3 |   7  3 | 3                     | R3xFM3 Potential Loyalist
 * c06    45   2   350.00  |   5  3 |   3  2 |   6  3 | 2.5 -> 3              | R3xFM3 Potential Loyalist
 * c07    45   3   200.00  |   5  3 |   6  3 |   5  3 | 3                     | R3xFM3 Potential Loyalist
 * c08   120   2   120.00  |   4  2 |   3  2 |   3  2 | 2                     | R2xFM2 Need Attention
 * c09   400   5  2500.00  |   2  1 |   8  4 |  10  5 | 4.5 -> 5              | R1xFM5 Can't Lose Them
 * c10   365   1    60.00  |   3  2 |   0  1 |   1  1 | 1                     | R2xFM1 About To Sleep
 * c11   500   1    40.00  |   1  1 |   0  1 |   0  1 | 1                     | R1xFM1 Lost
 * c12   700   2   150.00  |   0  1 |   3  2 |   4  2 | 2                     | R1xFM2 Hibernating
 * L(R) counts customers with strictly MORE days; L(F), L(M) those with strictly lower values.
 * Ties: c02/c03 (3 days: both L=9, so both R 4 although one of them sorts at position 10), c06/c07 (45 days),
 * c03/c04 (F 7), c04/c05 (M 900.00 and 900, equal by value though written with different scales).
 *
 * Breakpoints (worst value whose score is at least s), from the values sorted worst first:
 *   days, most first: 700 500 400 365 120 45 45 25 10 3 3 1
 *     s=1 index 0 -> 700; s=2 index 3 -> 365; s=3 index 5 -> 45; s=4 index 8 -> 10;
 *     s=5 index 10 -> 3, but index 9 is also 3 (L=9, score 4), so skip the tie -> 1
 *   F ascending: 1 1 1 2 2 2 3 4 5 7 7 12
 *     s=1 -> 1; s=2 index 3 -> 2; s=3 index 5 is a 2 inside a tie -> 3; s=4 index 8 -> 5;
 *     s=5 index 10 is a 7 inside a tie -> 12
 *   M ascending: 40 60 80 120 150 200 350 900 900 1500 2500 6000
 *     s=1 -> 40.00; s=2 index 3 -> 120.00; s=3 index 5 -> 200.00; s=4 index 8 is a 900 inside a tie -> 1500.00;
 *     s=5 index 10 -> 2500.00
 *
 * Eight-class model, means over the 12:
 *   days: 1+3+3+10+25+45+45+120+400+365+500+700 = 2217, mean 184.75; recent (R high) when days <= 184.75:
 *         c01..c08
 *   F:    12+1+7+7+4+2+3+2+5+1+1+2 = 47, mean 3.9166..; high when F >= 3.92: c01 c03 c04 c05 c09
 *   M:    6000+80+1500+900+900+350+200+120+2500+60+40+150 = 12800, mean 1066.66..; high: c01 c03 c09
 *   c01 R+F+M+ important-value       c02 R+F-M- general-development  c03 R+F+M+ important-value
 *   c04 R+F+M- general-value         c05 R+F+M- general-value        c06 R+F-M- general-development
 *   c07 R+F-M- general-development   c08 R+F-M- general-development  c09 R-F+M+ important-retention
 *   c10 R-F-M- general-winback       c11 R-F-M- general-winback      c12 R-F-M- general-winback
 * </pre>
 */
class RfmHandComputedTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

    private static ClassifierResult result;

    @BeforeAll
    static void classifyTwelveCustomers() throws Exception {
        FakeClassificationContext context = new FakeClassificationContext(AS_OF)
                .buyer("c01", 1, 12, "6000.00").buyer("c02", 3, 1, "80.00").buyer("c03", 3, 7, "1500.00")
                .buyer("c04", 10, 7, "900.00").buyer("c05", 25, 4, "900").buyer("c06", 45, 2, "350.00")
                .buyer("c07", 45, 3, "200.00").buyer("c08", 120, 2, "120.00").buyer("c09", 400, 5, "2500.00")
                .buyer("c10", 365, 1, "60.00").buyer("c11", 500, 1, "40.00").buyer("c12", 700, 2, "150.00");
        result = new RfmClassifier(TestConfigurations.defaults()).classify(context);
    }

    @Test
    void everyCustomerGetsTheHandComputedScoresSegmentAndValueClass() {
        expect("c01", 1, 12, "6000.00", 5, 5, 5, 5, "champions", "important-value");
        expect("c02", 3, 1, "80.00", 4, 1, 1, 1, "promising", "general-development");
        expect("c03", 3, 7, "1500.00", 4, 4, 4, 4, "loyal-customers", "important-value");
        expect("c04", 10, 7, "900.00", 4, 4, 3, 4, "loyal-customers", "general-value");
        expect("c05", 25, 4, "900", 3, 3, 3, 3, "potential-loyalist", "general-value");
        expect("c06", 45, 2, "350.00", 3, 2, 3, 3, "potential-loyalist", "general-development");
        expect("c07", 45, 3, "200.00", 3, 3, 3, 3, "potential-loyalist", "general-development");
        expect("c08", 120, 2, "120.00", 2, 2, 2, 2, "need-attention", "general-development");
        expect("c09", 400, 5, "2500.00", 1, 4, 5, 5, "cant-lose-them", "important-retention");
        expect("c10", 365, 1, "60.00", 2, 1, 1, 1, "about-to-sleep", "general-winback");
        expect("c11", 500, 1, "40.00", 1, 1, 1, 1, "lost", "general-winback");
        expect("c12", 700, 2, "150.00", 1, 2, 2, 2, "hibernating", "general-winback");
        assertEquals(24, result.classifications().size());
    }

    @Test
    void tiedValuesGetEqualScores() {
        assertEquals(score("c02", "r_score"), score("c03", "r_score"));
        assertEquals(score("c06", "r_score"), score("c07", "r_score"));
        assertEquals(score("c03", "f_score"), score("c04", "f_score"));
        assertEquals(score("c04", "m_score"), score("c05", "m_score"));
    }

    @Test
    void segmentExplanationNamesInputsBreakpointsAndRule() {
        String explanation = byScheme(RfmRun.SEGMENT_SCHEME).get("c04").explanation();
        assertTrue(explanation.contains("R=10 days -> R score 4"), explanation);
        assertTrue(explanation.contains("days at most: 1<=700, 2<=365, 3<=45, 4<=10, 5<=1"), explanation);
        assertTrue(explanation.contains("F=7 -> F score 4"), explanation);
        assertTrue(explanation.contains("purchases at least: 1>=1, 2>=2, 3>=3, 4>=5, 5>=12"), explanation);
        assertTrue(explanation.contains("M=900.00 -> M score 3"), explanation);
        assertTrue(explanation.contains("spend at least: 1>=40.00, 2>=120.00, 3>=200.00, 4>=1500.00, 5>=2500.00"),
                explanation);
        assertTrue(explanation.contains("FM = round_half_up((4+3)/2) = 4"), explanation);
        assertTrue(explanation.endsWith("grid cell R4 x FM4 -> Loyal Customers"), explanation);
    }

    @Test
    void valueExplanationComparesWithTheMeans() {
        assertEquals("days 10 <= mean 184.75 (recent), F 7 >= mean 3.92, M 900.00 < mean 1066.67"
                + " -> R\u2191F\u2191M\u2193 一般价值客户 (General value)",
                byScheme(RfmRun.VALUE_SCHEME).get("c04").explanation());
        assertEquals("days 400 > mean 184.75 (not recent), F 5 >= mean 3.92, M 2500.00 >= mean 1066.67"
                + " -> R\u2193F\u2191M\u2191 重要保持客户 (Important retention)",
                byScheme(RfmRun.VALUE_SCHEME).get("c09").explanation());
    }

    @Test
    void labelsCarryEnglishAndChinese() {
        Classification champion = byScheme(RfmRun.SEGMENT_SCHEME).get("c01");
        assertEquals("Champions", champion.label().en());
        assertEquals("冠军客户", champion.label().zh());
        Classification cantLose = byScheme(RfmRun.SEGMENT_SCHEME).get("c09");
        assertEquals("Can't Lose Them", cantLose.label().en());
        assertEquals("不能失去", cantLose.label().zh());
        assertEquals("重要价值客户", byScheme(RfmRun.VALUE_SCHEME).get("c01").label().zh());
    }

    @Test
    void summaryStatesCountsBreakpointsAndMeans() {
        String summary = result.summary();
        assertTrue(summary.contains("12 customers scored, 0 without purchases"), summary);
        assertTrue(summary.contains("R score breakpoints (days, at most): 1<=700, 2<=365, 3<=45, 4<=10, 5<=1"),
                summary);
        assertTrue(summary.contains("F score breakpoints (purchases, at least): 1>=1, 2>=2, 3>=3, 4>=5, 5>=12"),
                summary);
        assertTrue(summary.contains("days 184.75 (2217/12), F 3.92 (47/12), M 1066.67 (12800.00/12)"), summary);
    }

    private static void expect(String id, long days, int frequency, String monetary, int r, int f, int m, int fm,
            String segment, String valueClass) {
        Classification segmentLabel = byScheme(RfmRun.SEGMENT_SCHEME).get(id);
        Map<String, BigDecimal> scores = segmentLabel.scores();
        assertEquals(days, scores.get("recency_days").longValueExact(), id + " recency_days");
        assertEquals(frequency, scores.get("frequency").intValueExact(), id + " frequency");
        assertEquals(0, new BigDecimal(monetary).compareTo(scores.get("monetary")), id + " monetary");
        assertEquals(r, scores.get("r_score").intValueExact(), id + " r_score");
        assertEquals(f, scores.get("f_score").intValueExact(), id + " f_score");
        assertEquals(m, scores.get("m_score").intValueExact(), id + " m_score");
        assertEquals(fm, scores.get("fm_score").intValueExact(), id + " fm_score");
        assertEquals(segment, segmentLabel.label().key(), id + " segment");
        Classification valueLabel = byScheme(RfmRun.VALUE_SCHEME).get(id);
        assertEquals(valueClass, valueLabel.label().key(), id + " value class");
        assertEquals(scores, valueLabel.scores(), id + " scores of both schemes");
    }

    private static int score(String id, String name) {
        return byScheme(RfmRun.SEGMENT_SCHEME).get(id).scores().get(name).intValueExact();
    }

    private static Map<String, Classification> byScheme(String scheme) {
        return result.classifications().stream().filter(c -> c.scheme().equals(scheme))
                .collect(Collectors.toMap(Classification::customerId, Function.identity()));
    }
}
