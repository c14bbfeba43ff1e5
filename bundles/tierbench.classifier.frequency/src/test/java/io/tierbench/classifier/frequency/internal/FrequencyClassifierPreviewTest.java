package io.tierbench.classifier.frequency.internal;

import static io.tierbench.classifier.frequency.internal.FrequencyHandComputedTest.label;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.classifier.ClassifierResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A dry run's copy, on the customers of {@link FrequencyHandComputedTest}: changed properties move the labels they
 * should and only in the copy; a bad change is refused naming the property.
 */
class FrequencyClassifierPreviewTest {

    private final FrequencyClassifier running = TestConfigurations.classifier(Map.of());

    private ClassifierResult preview(Map<String, Object> changes) throws Exception {
        Classifier copy = running.withConfiguration(changes).orElseThrow();
        return copy.classify(FrequencyHandComputedTest.shop());
    }

    @Test
    void aLowerFrequentThresholdMakesBobFrequentInTheCopyOnly() throws Exception {
        ClassifierResult changed = preview(Map.of("purchases.frequent.min", "11"));
        assertEquals("frequent", label(changed, "bob", "purchases"));
        assertEquals("regular", label(running.classify(FrequencyHandComputedTest.shop()), "bob", "purchases"));
        assertEquals("12", running.configuration().get("purchases.frequent.min"));
    }

    @Test
    void oneMoreDayOfPurchaseWindowTakesInTheDayBefore() throws Exception {
        ClassifierResult changed = preview(Map.of("purchases.window.days", 366));
        assertEquals("regular", label(changed, "dave", "purchases"), "2025-06-30 now counts: 4 days");
        assertEquals("occasional", label(changed, "frank", "purchases"), "2025-06-30 now counts: 2 days");
    }

    @Test
    void oneMoreDayOfInteractionWindowTakesInTheDayBefore() throws Exception {
        ClassifierResult changed = preview(Map.of("interactions.window.days", "91"));
        assertEquals("active", label(changed, "dave", "interactions"), "2026-04-01 now counts: 3");
        assertEquals("occasional", label(changed, "frank", "interactions"), "2026-04-01 now counts: 1");
    }

    @Test
    void countingOnlyCommunicationSilencesTheComplainer() throws Exception {
        ClassifierResult changed = preview(Map.of("interactions.kinds", "communication"));
        assertEquals("silent", label(changed, "hank", "interactions"));
        assertEquals("active", label(changed, "alice", "interactions"), "4 of her 8 are communication");
        String hank = FrequencyHandComputedTest.find(changed, "hank", "interactions").explanation();
        assertTrue(hank.startsWith("0 interactions of the kinds communication in the last 90 days"), hank);
        assertTrue(hank.contains("(1 more of other kinds, not counted)"), hank);
        // in the window: communication alice 4, bob 7, carol 3, dave 2 = 16; other kinds alice 4, erin 1, hank 1 = 6
        assertTrue(changed.summary().contains(": 0 very-active, 3 active, 1 occasional, 4 silent."),
                changed.summary());
        assertTrue(changed.summary().contains("26 interactions read: 16 counted, 6 in the window of kinds not counted"),
                changed.summary());
    }

    @Test
    void anUnknownPropertyOrAnInvalidChangeIsRefused() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> running.withConfiguration(Map.of("window.days", "30")));
        assertTrue(unknown.getMessage().contains("unknown property 'window.days'"), unknown.getMessage());
        IllegalArgumentException invalid = assertThrows(IllegalArgumentException.class,
                () -> running.withConfiguration(Map.of("purchases.regular.min", "12")));
        assertTrue(invalid.getMessage().contains("purchases.frequent.min must be above 12"), invalid.getMessage());
    }
}
