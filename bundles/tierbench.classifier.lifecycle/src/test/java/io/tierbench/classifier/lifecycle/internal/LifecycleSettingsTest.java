package io.tierbench.classifier.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.Classification;
import io.tierbench.classifier.support.testing.FakeClassificationContext;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LifecycleSettingsTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

    @Test
    void defaultsAreReportedAsInACfgFile() {
        Map<String, String> expected = Map.of("new.window.days", "90", "churn.horizon.days", "365",
                "at.risk.gap.factor", "2.0", "at.risk.minimum.days", "30", "at.risk.min.purchases", "3",
                "at.risk.fallback.days", "180", "churned.p.alive.below", "0.1", "at.risk.p.alive.below", "0.5");
        assertEquals(expected, new LifecycleClassifier(TestConfigurations.with(Map.of())).configuration());
    }

    @Test
    void theMedianRuleFromTwoPurchaseDatesWhenConfigured() throws Exception {
        // 100 and 110 days ago: one gap of 10, threshold max(2 x 10, 30) = 30 < 100 -> at risk (fallback: active)
        assertEquals("at-risk", stageOf(Map.of("at_risk_min_purchases", 2), 100, 110));
        assertEquals("active", stageOf(Map.of(), 100, 110));
    }

    @Test
    void everyThresholdIsConfigurable() throws Exception {
        // gaps 30: k 1.5 -> max(45, 30) = 45; d 50 > 45 at risk, whereas with k 2 (60) it is active
        assertEquals("at-risk", stageOf(Map.of("at_risk_gap_factor", 1.5), 50, 80, 110, 140));
        assertEquals("active", stageOf(Map.of(), 50, 80, 110, 140));
        assertEquals("new", stageOf(Map.of("new_window_days", 120), 100));
        assertEquals("churned", stageOf(Map.of("churn_horizon_days", 99), 100));
        assertEquals("at-risk", stageOf(Map.of("at_risk_fallback_days", 99), 100));
        assertEquals("at-risk", stageOf(Map.of("at_risk_minimum_days", 10), 25, 30, 35, 200));
        assertEquals("active", stageOf(Map.of(), 25, 30, 35, 200));
    }

    @Test
    void invalidValuesAreRejectedNamingEachProblem() {
        assertInvalid(Map.of("new_window_days", 0), "new.window.days must be a positive number of days");
        assertInvalid(Map.of("churn_horizon_days", -1), "churn.horizon.days must be a positive number of days");
        assertInvalid(Map.of("at_risk_gap_factor", 0.0), "at.risk.gap.factor must be a positive number");
        assertInvalid(Map.of("at_risk_gap_factor", Double.NaN), "at.risk.gap.factor must be a positive number");
        assertInvalid(Map.of("at_risk_minimum_days", -1), "at.risk.minimum.days must be 0 or more");
        assertInvalid(Map.of("at_risk_min_purchases", 1), "at.risk.min.purchases must be at least 2");
        assertInvalid(Map.of("at_risk_fallback_days", 0), "at.risk.fallback.days must be a positive number");
        assertInvalid(Map.of("churned_p_alive_below", 0.6), "0 <= churned.p.alive.below <= at.risk.p.alive.below");
        assertInvalid(Map.of("at_risk_p_alive_below", 1.5), "were 0.1 and 1.5");
        IllegalArgumentException both = assertThrows(IllegalArgumentException.class,
                () -> TestConfigurations.settings(Map.of("new_window_days", 0, "at_risk_fallback_days", 0)));
        assertTrue(both.getMessage().contains("new.window.days") && both.getMessage().contains("fallback"),
                both.getMessage());
    }

    private static void assertInvalid(Map<String, Object> values, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TestConfigurations.settings(values));
        assertTrue(e.getMessage().startsWith("Invalid lifecycle configuration (tierbench.classifier.lifecycle)"),
                e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static String stageOf(Map<String, Object> values, long... daysAgo) throws Exception {
        FakeClassificationContext context = new FakeClassificationContext(AS_OF).buyer("x", daysAgo);
        Classification only = new LifecycleClassifier(TestConfigurations.settings(values), null)
                .classify(context).classifications().get(0);
        return only.label().key();
    }
}
