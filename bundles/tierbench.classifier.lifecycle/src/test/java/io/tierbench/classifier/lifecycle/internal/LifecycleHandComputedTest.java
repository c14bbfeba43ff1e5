package io.tierbench.classifier.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Customers worked out by hand with the default configuration and no lifetime model: window 90, horizon 365,
 * k 2, minimum 30, median rule from 3 purchase dates, fallback 180. Purchases are given as days before the as-of
 * date; d is the smallest, the first purchase the largest.
 *
 * <pre>
 * id            purchases (days ago)   gaps            rule that decides
 * potential     -                      -               1 potential
 * won-back      10, 500                490             2 won back: d 10 <= 90, gap 490 > 365
 * won-back-edge 90, 456                366             2 won back: d 90 <= 90, gap 366 > 365
 * gap-365       10, 375                365             gap 365 not > 365; first 375 > 90; fallback 180: 6 active
 * new           30                     -               3 new: first 30 <= 90
 * new-edge      5, 90                  85              3 new: first 90 <= 90
 * old-91        91                     -               first 91 > 90; 91 <= 180 fallback: 6 active
 * churned       400, 700               300             4 churned: d 400 > 365
 * d-365         365                    -               365 not > 365; 365 > fallback 180: 5 at risk
 * d-366         366                    -               4 churned
 * median        70, 100, 130, 160      30 30 30        median 30, max(60, 30) = 60; 70 > 60: 5 at risk
 * median-edge   60, 90, 120, 150       30 30 30        60 not > 60: 6 active
 * minimum       31, 36, 41, 200        159 5 5         median 5, max(10, 30) = 30; 31 > 30: 5 at risk
 * minimum-edge  30, 35, 40, 200        160 5 5         30 not > 30: 6 active
 * half          36, 51, 67, 86, 106    20 19 16 15     median (16 + 19) / 2 = 17.5, 2 x 17.5 = 35; 36 > 35: at risk
 * two-dates     100, 110               10              2 dates < 3: fallback 180 (the median rule would say
 *                                                      max(20, 30) = 30, at risk): 6 active
 * same-day      100, 100, 110          10              3 orders but 2 dates: fallback: 6 active
 * fallback      181, 200               19              181 > 180: 5 at risk
 * </pre>
 */
class LifecycleHandComputedTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

    private static ClassifierResult result;

    @BeforeAll
    static void classify() throws Exception {
        FakeClassificationContext context = new FakeClassificationContext(AS_OF).nonBuyer("potential")
                .buyer("won-back", 10, 500).buyer("won-back-edge", 90, 456).buyer("gap-365", 10, 375)
                .buyer("new", 30).buyer("new-edge", 5, 90).buyer("old-91", 91)
                .buyer("churned", 400, 700).buyer("d-365", 365).buyer("d-366", 366)
                .buyer("median", 70, 100, 130, 160).buyer("median-edge", 60, 90, 120, 150)
                .buyer("minimum", 31, 36, 41, 200).buyer("minimum-edge", 30, 35, 40, 200)
                .buyer("half", 36, 51, 67, 86, 106).buyer("two-dates", 100, 110).buyer("same-day", 100, 100, 110)
                .buyer("fallback", 181, 200);
        result = new LifecycleClassifier(TestConfigurations.with(Map.of())).classify(context);
    }

    @Test
    void everyCustomerGetsTheHandComputedStage() {
        Map<String, String> expected = Map.ofEntries(Map.entry("potential", "potential"),
                Map.entry("won-back", "won-back"), Map.entry("won-back-edge", "won-back"),
                Map.entry("gap-365", "active"), Map.entry("new", "new"), Map.entry("new-edge", "new"),
                Map.entry("old-91", "active"), Map.entry("churned", "churned"), Map.entry("d-365", "at-risk"),
                Map.entry("d-366", "churned"), Map.entry("median", "at-risk"), Map.entry("median-edge", "active"),
                Map.entry("minimum", "at-risk"), Map.entry("minimum-edge", "active"), Map.entry("half", "at-risk"),
                Map.entry("two-dates", "active"), Map.entry("same-day", "active"), Map.entry("fallback", "at-risk"));
        assertEquals(expected, byId().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().label().key())));
    }

    @Test
    void explanationsNameTheRuleAndItsNumbers() {
        assertEquals("Rule 1 (potential): no purchase up to 2024-03-31.", explanation("potential"));
        assertEquals("Rule 2 (won back): last purchase 10 days ago (2024-03-21), within the new-customer window "
                + "of 90 days, after a gap of 490 days, more than the churn horizon of 365 days.",
                explanation("won-back"));
        assertEquals("Rule 3 (new): first purchase 30 days ago (2024-03-01), within the new-customer window of "
                + "90 days.", explanation("new"));
        assertEquals("Rule 4 (churned): d = 400 days since the last purchase (2023-02-25) > the churn horizon of "
                + "365 days.", explanation("churned"));
        assertEquals("Rule 5 (at risk): d = 70 days since the last purchase (2024-01-21) > threshold 60 days = "
                + "max(2 x median gap 30 days, minimum 30 days), from 4 purchase dates.", explanation("median"));
        assertEquals("Rule 6 (active): d = 100 days since the last purchase (2023-12-22) <= threshold 180 days = "
                + "the fallback, as 2 purchase dates are fewer than the 3 the median rule needs.",
                explanation("same-day"));
        assertTrue(explanation("half").contains("> threshold 35 days = max(2 x median gap 17.5 days, minimum 30 days)"),
                explanation("half"));
    }

    @Test
    void scoresCarryDaysMedianThresholdAndNoPAliveWithoutAModel() {
        Map<String, BigDecimal> scores = byId().get("half").scores();
        assertEquals(0, BigDecimal.valueOf(36).compareTo(scores.get("days_since_last_purchase")));
        assertEquals(0, new BigDecimal("17.5").compareTo(scores.get("median_gap_days")));
        assertEquals(0, new BigDecimal("35").compareTo(scores.get("threshold_days")));
        assertFalse(scores.containsKey("p_alive"));
        assertFalse(byId().get("new").scores().containsKey("median_gap_days"));
        assertTrue(byId().get("potential").scores().isEmpty());
    }

    @Test
    void labelsCarryEnglishAndChinese() {
        assertEquals("已挽回", byId().get("won-back").label().zh());
        assertEquals("Won back", byId().get("won-back").label().en());
        assertEquals("潜在客户", byId().get("potential").label().zh());
        assertEquals("有流失风险", byId().get("median").label().zh());
        assertEquals("stage", byId().get("new").scheme());
    }

    @Test
    void summaryCountsTheStagesAndSaysPAliveWasNotUsed() {
        String summary = result.summary();
        assertTrue(summary.contains("18 customers; potential 1, won-back 2, new 2, churned 2, at-risk 5, active 6"),
                summary);
        assertTrue(summary.contains("P(alive) not used: no lifetime model (CLV bundle) is installed"), summary);
    }

    private static String explanation(String id) {
        return byId().get(id).explanation();
    }

    private static Map<String, Classification> byId() {
        return result.classifications().stream()
                .collect(Collectors.toMap(Classification::customerId, Function.identity()));
    }
}
