package io.tierbench.classifier.rfm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RfmSettingsTest {

    @Test
    void defaultsAreValid() {
        RfmSettings settings = TestConfigurations.settings(Map.of());
        assertEquals(0, settings.windowDays());
        assertEquals(5, settings.bins());
        assertNull(settings.windowStart(LocalDate.of(2024, 3, 31)));
    }

    @Test
    void windowStartCountsTheAsOfDate() {
        RfmSettings settings = TestConfigurations.settings(Map.of("window_days", 365));
        assertEquals(LocalDate.of(2023, 4, 2), settings.windowStart(LocalDate.of(2024, 3, 31)));
        RfmSettings oneDay = TestConfigurations.settings(Map.of("window_days", 1));
        assertEquals(LocalDate.of(2024, 3, 31), oneDay.windowStart(LocalDate.of(2024, 3, 31)));
    }

    @Test
    void binsOutOfRangeAreRejected() {
        assertTrue(message(Map.of("score_bins", 1)).contains("score.bins must be between 2 and 9, was 1"));
        assertTrue(message(Map.of("score_bins", 10)).contains("score.bins must be between 2 and 9, was 10"));
    }

    @Test
    void defaultGridDoesNotFitOtherBins() {
        assertTrue(message(Map.of("score_bins", 4)).contains("cell '55' must be two digits"));
    }

    @Test
    void gridOfOtherBinsIsAccepted() {
        RfmSettings settings = TestConfigurations.settings(Map.of("score_bins", 2,
                "segments", new String[] {"Top: 22", "Middle: 21 12", "Bottom: 11"}));
        assertEquals("Middle", settings.grid().segmentAt(1, 2).name());
    }

    @Test
    void negativeWindowIsRejected() {
        assertTrue(message(Map.of("window_days", -1)).contains("window.days must be 0"));
    }

    @Test
    void labelOverridesNamingNothingAreRejected() {
        assertTrue(message(Map.of("segment_labels_zh", new String[] {"Champion=冠军"}))
                .contains("segment.labels.zh: 'champion' is not one of champions, loyal-customers"));
        assertTrue(message(Map.of("value_labels_zh", new String[] {"vip=贵宾"}))
                .contains("value.labels.zh: 'vip' is not one of important-value"));
        assertTrue(message(Map.of("value_labels_en", new String[] {"important-value"}))
                .contains("value.labels.en entry 'important-value' is malformed"));
    }

    @Test
    void everyProblemIsInOneMessage() {
        String message = message(Map.of("window_days", -1, "segments", new String[] {"All: 55"}));
        assertTrue(message.startsWith("Invalid RFM configuration (tierbench.classifier.rfm): window.days"), message);
        assertTrue(message.contains("cell R=1, FM=1 is not covered"), message);
    }

    @Test
    void effectiveConfigurationReadsBackAsTheSameConfiguration() {
        // what configuration() shows, written into a .cfg file as one string per key, is the same configuration
        Map<String, String> shown = TestConfigurations.settings(Map.of("window_days", 90)).describe();
        Map<String, String> readBack = TestConfigurations.settings(Map.of(
                "window_days", Integer.parseInt(shown.get("window.days")),
                "score_bins", Integer.parseInt(shown.get("score.bins")),
                "segments", new String[] {shown.get("segments")},
                "segment_labels_zh", new String[] {shown.get("segment.labels.zh")},
                "value_labels_en", new String[] {shown.get("value.labels.en")},
                "value_labels_zh", new String[] {shown.get("value.labels.zh")})).describe();
        assertEquals(shown, readBack);
    }

    private static String message(Map<String, Object> values) {
        return assertThrows(IllegalArgumentException.class, () -> TestConfigurations.settings(values)).getMessage();
    }
}
