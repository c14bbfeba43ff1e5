package io.tierbench.classifier.abc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.classifier.support.testing.FakeClassificationContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AbcClassifierTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

    @Test
    void aShareBeforeExactlyAtTheAThresholdIsB() throws Exception {
        // 80 + 20 = 100: "second" has 80 % before it, which is not below 80 %
        FakeClassificationContext context = new FakeClassificationContext(AS_OF)
                .buyer("first", "80").buyer("second", "20");
        Map<String, String> classes = classes(TestConfigurations.classifier(Map.of()).classify(context));
        assertEquals("a", classes.get("first"));
        assertEquals("b", classes.get("second"));
    }

    @Test
    void equalRevenueAtABoundaryIsDecidedByExternalId() throws Exception {
        // 70 + 15 + 15 = 100: t1 has 70 % before it (A), t2 85 % (B), whatever the order of arrival
        FakeClassificationContext context = new FakeClassificationContext(AS_OF)
                .buyer("t2", "15").buyer("x", "70").buyer("t1", "15");
        Map<String, String> classes = classes(TestConfigurations.classifier(Map.of()).classify(context));
        assertEquals("a", classes.get("t1"));
        assertEquals("b", classes.get("t2"));
    }

    @Test
    void zeroRevenueIsCEvenAtTheTop() throws Exception {
        // nobody has revenue: the first ranked customer has 0 % before it, but is still C, and nothing divides by 0
        FakeClassificationContext context = new FakeClassificationContext(AS_OF)
                .buyer("a", "0.00").nonBuyer("b");
        ClassifierResult result = TestConfigurations.classifier(Map.of()).classify(context);
        assertEquals(Map.of("a", "c", "b", "c"), classes(result));
        assertTrue(result.summary().contains("total revenue 0"), result.summary());
    }

    @Test
    void countMethodGivesTheTopTwentyPercentAAndTheNextThirtyB() throws Exception {
        // 10 customers with revenue 100, 90, ..., 10 and one without: A while before * 100 < 20 * 10, i.e. ranks
        // 1-2; B while before * 100 < 50 * 10, ranks 3-5; C ranks 6-10; the non-buyer is C and not counted in N
        FakeClassificationContext context = new FakeClassificationContext(AS_OF).nonBuyer("c00");
        for (int i = 1; i <= 10; i++) {
            context.buyer(String.format("c%02d", i), Integer.toString(110 - 10 * i));
        }
        ClassifierResult result = TestConfigurations.classifier(Map.of("method", "count")).classify(context);
        Map<String, String> classes = classes(result);
        assertEquals("aabbbccccc", classString(classes, 1, 10));
        assertEquals("c", classes.get("c00"));
        Classification third = byId(result).get("c03");
        assertEquals(0, new BigDecimal("20").compareTo(third.scores().get("cumulative_share_before")));
        assertTrue(third.explanation().contains("2 of the 10 customers with revenue ranked before it = 20 %: "
                + "not below the A threshold 20 %, below the B threshold 50 % -> B"), third.explanation());
    }

    @Test
    void countMethodRoundsTheCumulativeCountsUp() throws Exception {
        // N = 7: A = ceil(1.4) = 2 customers (before * 100 < 140), A + B = ceil(3.5) = 4 (before * 100 < 350)
        FakeClassificationContext context = new FakeClassificationContext(AS_OF);
        for (int i = 1; i <= 7; i++) {
            context.buyer("c" + i, Integer.toString(10 - i));
        }
        ClassifierResult result = TestConfigurations.classifier(Map.of("method", "count")).classify(context);
        assertEquals("aabbccc", classString(classes(result), 1, 7));
    }

    @Test
    void revenueOutsideTheWindowDoesNotCount() throws Exception {
        // window 30 days as of 2024-03-31 starts 2024-03-02: "old" has 1000 before it, so it has no revenue
        FakeClassificationContext context = new FakeClassificationContext(AS_OF)
                .purchase("old", LocalDate.of(2024, 3, 1), "1000").buyer("recent", "10");
        ClassifierResult result = TestConfigurations.classifier(Map.of("window_days", 30)).classify(context);
        assertEquals(Map.of("old", "c", "recent", "a"), classes(result));
        assertTrue(byId(result).get("old").explanation().startsWith("No purchase in the last 30 days (2024-03-02"));
    }

    @Test
    void invalidThresholdsAreRejectedNamingEachProblem() {
        assertInvalid(Map.of("revenue_a_threshold", "0"), "0 < revenue.a.threshold < revenue.b.threshold <= 100");
        assertInvalid(Map.of("revenue_a_threshold", "95"), "were 95 and 95");
        assertInvalid(Map.of("revenue_a_threshold", "96"), "were 96 and 95");
        assertInvalid(Map.of("revenue_b_threshold", "100.5"), "were 80 and 100.5");
        assertInvalid(Map.of("revenue_a_threshold", "eighty"), "revenue.a.threshold must be a decimal percentage");
        assertInvalid(Map.of("count_a_share", "60", "count_b_share", "41"), "their sum <= 100");
        assertInvalid(Map.of("method", "pareto"), "method must be 'revenue' or 'count'");
        assertInvalid(Map.of("window_days", -1), "window.days must be 0");
        IllegalArgumentException both = assertThrows(IllegalArgumentException.class, () -> TestConfigurations
                .classifier(Map.of("method", "x", "revenue_b_threshold", "101")));
        assertTrue(both.getMessage().contains("method") && both.getMessage().contains("101"), both.getMessage());
    }

    @Test
    void aBThresholdOfOneHundredIsValid() throws Exception {
        FakeClassificationContext context = new FakeClassificationContext(AS_OF).buyer("a", "99").buyer("b", "1");
        ClassifierResult result = TestConfigurations.classifier(Map.of("revenue_b_threshold", "100"))
                .classify(context);
        assertEquals(Map.of("a", "a", "b", "b"), classes(result));
    }

    @Test
    void configurationIsReportedAsInACfgFile() {
        assertEquals(Map.of("window.days", "0", "method", "revenue", "revenue.a.threshold", "80",
                "revenue.b.threshold", "95", "count.a.share", "20", "count.b.share", "30"),
                TestConfigurations.classifier(Map.of()).configuration());
    }

    private static void assertInvalid(Map<String, Object> values, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TestConfigurations.classifier(values));
        assertTrue(e.getMessage().startsWith("Invalid ABC configuration (tierbench.classifier.abc)"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static String classString(Map<String, String> classes, int first, int last) {
        StringBuilder text = new StringBuilder();
        for (int i = first; i <= last; i++) {
            String id = classes.containsKey("c" + i) ? "c" + i : String.format("c%02d", i);
            text.append(classes.get(id));
        }
        return text.toString();
    }

    private static Map<String, Classification> byId(ClassifierResult result) {
        return result.classifications().stream().collect(Collectors.toMap(Classification::customerId, c -> c));
    }

    private static Map<String, String> classes(ClassifierResult result) {
        return result.classifications().stream()
                .collect(Collectors.toMap(Classification::customerId, c -> c.label().key()));
    }
}
