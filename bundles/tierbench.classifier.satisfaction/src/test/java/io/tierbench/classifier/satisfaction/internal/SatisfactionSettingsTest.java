package io.tierbench.classifier.satisfaction.internal;

import io.tierbench.classifier.support.ConfigEntries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SatisfactionSettingsTest {

    @Test
    void effectiveConfigurationUsesTheConfigurationKeysAndDefaults() {
        Map<String, String> configuration = new SatisfactionClassifier(TestConfigurations.defaults()).configuration();
        assertEquals(List.of("window.days", "csat.high", "csat.medium", "complaint.days", "complaint.medium.count",
                "complaint.low.count", "polarity.positive", "polarity.negative"), List.copyOf(configuration.keySet()));
        assertEquals("365", configuration.get("window.days"));
        assertEquals("4.0", configuration.get("csat.high"));
        assertEquals("3.0", configuration.get("csat.medium"));
        assertEquals("90", configuration.get("complaint.days"));
        assertEquals("1", configuration.get("complaint.medium.count"));
        assertEquals("3", configuration.get("complaint.low.count"));
        assertTrue(configuration.get("polarity.positive").startsWith("满意; 很好; "),
                configuration.get("polarity.positive"));
        assertTrue(configuration.get("polarity.negative").startsWith("不满; 不好; "),
                configuration.get("polarity.negative"));
    }

    @Test
    void describedKeywordsReadBackTheSame() {
        SatisfactionSettings settings = TestConfigurations.settings(Map.of());
        String positive = settings.describe().get("polarity.positive");
        assertEquals(settings.positiveKeywords(), ConfigEntries.list(new String[] {positive}));
    }

    @Test
    void allHistoryWindowHasNoStart() {
        SatisfactionSettings settings = TestConfigurations.settings(Map.of("window_days", 0));
        assertEquals(null, settings.windowStart(java.time.LocalDate.of(2025, 3, 31)));
        assertEquals("all history up to 2025-03-31", settings.describeWindow(java.time.LocalDate.of(2025, 3, 31)));
    }

    @Test
    void invalidConfigurationFailsActivationNamingEveryProblem() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> new SatisfactionClassifier(TestConfigurations.with(Map.of(
                        "window_days", -1, "csat_high", 2.5, "csat_medium", 6.0, "complaint_days", 0,
                        "complaint_medium_count", 4, "polarity_negative", new String[] {"满意"}))));
        String message = thrown.getMessage();
        assertTrue(message.contains("tierbench.classifier.satisfaction"), message);
        assertTrue(message.contains("window.days must be 0 or more, was -1"), message);
        assertTrue(message.contains("csat.medium must be a CSAT mean from 1 to 5, was 6.0"), message);
        assertTrue(message.contains("csat.high (2.5) must not be below csat.medium (6.0)"), message);
        assertTrue(message.contains("complaint.days must be a positive number of days, was 0"), message);
        assertTrue(message.contains("complaint.medium.count (4) must not exceed complaint.low.count (3)"), message);
        assertTrue(message.contains("keyword '满意' is in both polarity.positive and polarity.negative"), message);
    }
}
