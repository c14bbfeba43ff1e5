package io.tierbench.classifier.rfm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.classifier.ClassificationException;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.classifier.support.testing.FakeClassificationContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RfmClassifierTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

    @Test
    void fewDaysSinceTheLastPurchaseIsRecentInTheValueModel() throws Exception {
        // means: days (2 + 200 + 5) / 3 = 69, F (5 + 1 + 1) / 3 = 2.33, M (1000 + 10 + 900) / 3 = 636.67
        // recent: 2 days, 5 days <= 69; a model reading R the wrong way round would call them win-back customers
        FakeClassificationContext context = new FakeClassificationContext(AS_OF)
                .buyer("loyal", 2, 5, "1000.00")      // R up, F up, M up: 重要价值 (not 重要挽留)
                .buyer("lapsed", 200, 1, "10.00")     // R down, F down, M down: 一般挽留 (not 重要价值)
                .buyer("new-big", 5, 1, "900.00");    // R up, F down, M up: 重要发展 (not 重要挽留)
        Map<String, String> labels = valueLabels(classify(context));
        assertEquals("重要价值客户", labels.get("loyal"));
        assertEquals("一般挽留客户", labels.get("lapsed"));
        assertEquals("重要发展客户", labels.get("new-big"));
    }

    @Test
    void aValueEqualToTheMeanIsHigh() throws Exception {
        // days 10, 20, 30: mean 20; F 1, 2, 3: mean 2; M 10, 20, 30: mean 20. The middle customer equals every mean.
        FakeClassificationContext context = new FakeClassificationContext(AS_OF)
                .buyer("a", 10, 1, "10").buyer("b", 20, 2, "20").buyer("c", 30, 3, "30");
        assertEquals("important-value", valueKeys(classify(context)).get("b"));
    }

    @Test
    void windowCountsOnlyTheLastNDaysAsOfIncluded() throws Exception {
        // window.days = 30, as of 2024-03-31: from 2024-03-02 to 2024-03-31, both included
        FakeClassificationContext context = new FakeClassificationContext(AS_OF)
                .purchase("edge", LocalDate.of(2024, 3, 2), "100.00")
                .purchase("outside", LocalDate.of(2024, 3, 1), "100.00")
                .purchase("both", LocalDate.of(2024, 1, 15), "500.00")
                .purchase("both", LocalDate.of(2024, 3, 30), "50.00");
        ClassifierResult result = settingsClassifier(Map.of("window_days", 30)).classify(context);

        assertEquals(List.of(LocalDate.of(2024, 3, 2)), context.requestedWindowStarts());
        Map<String, Classification> segments = bySegment(result);
        assertEquals("no-purchases", segments.get("outside").label().key());
        assertEquals(1, segments.get("both").scores().get("frequency").intValueExact());
        assertEquals(0, new BigDecimal("50.00").compareTo(segments.get("both").scores().get("monetary")));
        assertEquals(29, segments.get("edge").scores().get("recency_days").intValueExact());
        assertTrue(result.summary().contains("the last 30 days (2024-03-02 to 2024-03-31)"), result.summary());
    }

    @Test
    void defaultWindowAsksForAllHistory() throws Exception {
        FakeClassificationContext context = new FakeClassificationContext(AS_OF).buyer("a", 1, 1, "1");
        classify(context);
        assertEquals(Arrays.asList((LocalDate) null), context.requestedWindowStarts());
    }

    @Test
    void customersWithoutPurchasesAreLabelledAndLeftOutOfTheScores() throws Exception {
        FakeClassificationContext context = new FakeClassificationContext(AS_OF)
                .buyer("a", 10, 1, "10.00").buyer("b", 20, 2, "20.00").nonBuyer("ghost");
        ClassifierResult result = classify(context);

        List<Classification> ghost = result.classifications().stream()
                .filter(c -> c.customerId().equals("ghost")).toList();
        assertEquals(2, ghost.size());
        for (Classification classification : ghost) {
            assertEquals("no-purchases", classification.label().key());
            assertEquals("No purchases", classification.label().en());
            assertEquals("无购买", classification.label().zh());
            assertTrue(classification.explanation().startsWith("No purchase in all history up to 2024-03-31"),
                    classification.explanation());
        }
        // N = 2, not 3: b has the one lower F of two, so 1 + floor(5 * 1 / 2) = 3 (with the ghost counted: 4)
        assertEquals(3, bySegment(result).get("b").scores().get("f_score").intValueExact());
        assertTrue(result.summary().contains("2 customers scored, 1 without purchases"), result.summary());
    }

    @Test
    void aBaseWithoutAnyPurchaseIsAllNoPurchases() throws Exception {
        ClassifierResult result = classify(new FakeClassificationContext(AS_OF).nonBuyer("x").nonBuyer("y"));
        assertEquals(4, result.classifications().size());
        assertTrue(result.classifications().stream().allMatch(c -> c.label().key().equals("no-purchases")));
        assertTrue(result.summary().contains("0 customers scored, 2 without purchases"), result.summary());
    }

    @Test
    void factsAfterTheAsOfDateAreReportedNotScored() {
        FakeClassificationContext context = new FakeClassificationContext(AS_OF) {
            @Override
            public List<PurchaseFacts> facts(LocalDate from) {
                return List.of(new PurchaseFacts("late", AS_OF, AS_OF.plusDays(1), 1, 1, BigDecimal.ONE,
                        BigDecimal.ZERO, BigDecimal.ONE, null, null));
            }
        };
        ClassificationException thrown = assertThrows(ClassificationException.class, () -> classify(context));
        assertTrue(thrown.getMessage().contains("customer late"), thrown.getMessage());
    }

    @Test
    void configuredLabelsReplaceTheShippedOnes() throws Exception {
        // a lone customer has L = 0 everywhere: R 1, FM 1, Lost; and it equals every mean: important value
        RfmClassifier classifier = settingsClassifier(Map.of(
                "segment_labels_zh", new String[] {"Lost=流失客户"},
                "value_labels_en", new String[] {"important-value=Top customers"}));
        ClassifierResult result = classifier.classify(new FakeClassificationContext(AS_OF).buyer("a", 1, 1, "1"));
        assertEquals("流失客户", bySegment(result).get("a").label().zh());
        assertEquals("Top customers", result.classifications().stream()
                .filter(c -> c.scheme().equals(RfmRun.VALUE_SCHEME)).findFirst().orElseThrow().label().en());
    }

    @Test
    void effectiveConfigurationUsesTheConfigurationKeys() {
        Map<String, String> configuration = new RfmClassifier(TestConfigurations.defaults()).configuration();
        assertEquals(List.of("window.days", "score.bins", "segments", "segment.labels.zh", "value.labels.en",
                "value.labels.zh"), List.copyOf(configuration.keySet()));
        assertEquals("0", configuration.get("window.days"));
        assertEquals("5", configuration.get("score.bins"));
        assertTrue(configuration.get("segments").startsWith("Champions: 55 54 45; Loyal Customers: 53 44 34 35; "),
                configuration.get("segments"));
        assertTrue(configuration.get("segment.labels.zh").contains("Can't Lose Them=不能失去"),
                configuration.get("segment.labels.zh"));
    }

    @Test
    void invalidConfigurationFailsActivationNamingTheProblem() {
        // every cell but R=3, FM=2
        String everyone = "Everyone: 55 54 53 52 51 45 44 43 42 41 35 34 33 31 25 24 23 22 21 15 14 13 12 11";
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> new RfmClassifier(TestConfigurations.with(Map.of("segments", new String[] {everyone}))));
        assertTrue(thrown.getMessage().contains("tierbench.classifier.rfm"), thrown.getMessage());
        assertTrue(thrown.getMessage().contains("RFM grid: cell R=3, FM=2 is not covered by any segment"),
                thrown.getMessage());
    }

    private static ClassifierResult classify(FakeClassificationContext context) throws ClassificationException {
        return new RfmClassifier(TestConfigurations.defaults()).classify(context);
    }

    private static RfmClassifier settingsClassifier(Map<String, Object> values) {
        return new RfmClassifier(TestConfigurations.with(values));
    }

    private static Map<String, Classification> bySegment(ClassifierResult result) {
        return result.classifications().stream().filter(c -> c.scheme().equals(RfmRun.SEGMENT_SCHEME))
                .collect(Collectors.toMap(Classification::customerId, c -> c));
    }

    private static Map<String, String> valueLabels(ClassifierResult result) {
        return result.classifications().stream().filter(c -> c.scheme().equals(RfmRun.VALUE_SCHEME))
                .collect(Collectors.toMap(Classification::customerId, c -> c.label().zh()));
    }

    private static Map<String, String> valueKeys(ClassifierResult result) {
        return result.classifications().stream().filter(c -> c.scheme().equals(RfmRun.VALUE_SCHEME))
                .collect(Collectors.toMap(Classification::customerId, c -> c.label().key()));
    }
}
