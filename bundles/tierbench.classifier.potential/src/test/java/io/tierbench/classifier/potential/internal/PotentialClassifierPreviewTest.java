package io.tierbench.classifier.potential.internal;

import static io.tierbench.classifier.potential.internal.PotentialHandComputedTest.find;
import static io.tierbench.classifier.potential.internal.PotentialHandComputedTest.label;
import static io.tierbench.classifier.potential.internal.PotentialHandComputedTest.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.ClassifierResult;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A dry run's copy, on the customers of {@link PotentialHandComputedTest}: changed properties move the labels they
 * should and only in the copy; a bad change is refused naming the property.
 */
class PotentialClassifierPreviewTest {

    private final PotentialClassifier running = PotentialHandComputedTest.classifier();

    private ClassifierResult preview(Map<String, Object> changes) throws Exception {
        return running.withConfiguration(changes).orElseThrow().classify(PotentialHandComputedTest.market());
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertAmount(expected, actual, "");
    }

    private static void assertAmount(String expected, BigDecimal actual, String why) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), why + ": expected " + expected + ", was " + actual);
    }

    @Test
    void aConfiguredValueWinsOverTheCellBenchmark() throws Exception {
        ClassifierResult changed = preview(Map.of("expected.电子制造.medium", "100000"));
        assertEquals("high", label(changed, "e2"), "27000 of 100000 = 27 %");
        assertAmount("1", score(changed, "e2", "basis"));
        assertAmount("1000000", score(changed, "c1", "expected_annual"), "the table keeps its other entries");
        assertEquals("medium", label(running.classify(PotentialHandComputedTest.market()), "e2"));
        assertEquals(null, running.configuration().get("expected.电子制造.medium"));
    }

    @Test
    void blankingTheConfiguredValueFallsBackToThePeers() throws Exception {
        ClassifierResult changed = preview(Map.of("expected.化工.large", ""));
        // large: L1 300000, c1 250000 - 2 peers; 化工: 1 - so nothing is left for c1
        assertEquals("unknown", label(changed, "c1"));
    }

    @Test
    void moreRequiredPeersMoveTheCellToTheSizeBenchmark() throws Exception {
        ClassifierResult changed = preview(Map.of("min.peers", 8));
        // the cell has 7 active customers; the size bucket medium 10: 75750
        assertAmount("75750", score(changed, "e2", "expected_annual"));
        assertAmount("3", score(changed, "e2", "basis"));
        assertEquals("medium", label(changed, "e2"), "27000 / 75750 = 35.6436 %");
        assertEquals("realised", label(changed, "e3"), "63000 / 75750 = 83.1683 %");
        // industry 电子制造 has 9: u1 and L1 keep their benchmark of 100000
        assertAmount("100000", score(changed, "L1", "expected_annual"));
    }

    @Test
    void theMedianIsAnotherPercentile() throws Exception {
        ClassifierResult changed = preview(Map.of("percentile", "50"));
        // cell n 7: h = 6 x 0.5 = 3 -> the 4th smallest, 63000
        assertAmount("63000", score(changed, "e2", "expected_annual"));
        assertEquals("realised", label(changed, "e3"), "63000 = 100 %");
        assertEquals("medium", label(changed, "e2"), "27000 / 63000 = 42.8571 %");
        assertEquals("high", label(changed, "e1"), "10000 / 63000 = 15.8730 %");
        assertTrue(find(changed, "e2").explanation().contains("the 50th percentile"));
    }

    @Test
    void aHigherHighThresholdTakesInTheBoundaryCustomer() throws Exception {
        assertEquals("high", label(preview(Map.of("high.below", "30.01")), "e2"), "30 % is below 30.01 %");
    }

    @Test
    void anUnknownPropertyOrAnInvalidChangeIsRefused() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> running.withConfiguration(Map.of("window.days", "30")));
        assertTrue(unknown.getMessage().contains("unknown property 'window.days'"), unknown.getMessage());
        IllegalArgumentException invalid = assertThrows(IllegalArgumentException.class,
                () -> running.withConfiguration(Map.of("expected.电子制造.medium", "0")));
        assertTrue(invalid.getMessage().contains("expected.电子制造.medium must be a positive amount"),
                invalid.getMessage());
    }
}
