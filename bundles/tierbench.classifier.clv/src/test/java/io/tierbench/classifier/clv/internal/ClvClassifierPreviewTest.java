package io.tierbench.classifier.clv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.Classifier;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A dry run's copy: changed properties take effect in the copy only, and a bad change is refused. */
class ClvClassifierPreviewTest {

    private final ClvClassifier running = new ClvClassifier(TestConfigurations.with(Map.of()));

    @Test
    void theCopyHasTheChangedPropertyAndKeepsTheOthersWhileTheRunningOneIsUnchanged() {
        Classifier copy = running.withConfiguration(Map.of("horizon.months", "24")).orElseThrow();

        assertEquals("24", copy.configuration().get("horizon.months"));
        assertEquals("weeks", copy.configuration().get("time.unit"));
        assertEquals(running.configuration().get("time.unit"), copy.configuration().get("time.unit"));
        assertTrue(!"24".equals(running.configuration().get("horizon.months")), running.configuration().toString());
    }

    @Test
    void anUnknownPropertyOrAnInvalidValueIsRefused() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> running.withConfiguration(Map.of("no.such.property", "1")));
        assertTrue(unknown.getMessage().contains("unknown property 'no.such.property'"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> running.withConfiguration(Map.of("time.unit", "fortnights")));
    }
}
