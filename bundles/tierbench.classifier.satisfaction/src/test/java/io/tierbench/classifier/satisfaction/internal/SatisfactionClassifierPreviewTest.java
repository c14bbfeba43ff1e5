package io.tierbench.classifier.satisfaction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.Classifier;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A dry run's copy: changed properties take effect in the copy only, and a bad change is refused. */
class SatisfactionClassifierPreviewTest {

    private final SatisfactionClassifier running = new SatisfactionClassifier(TestConfigurations.with(Map.of()));

    @Test
    void theCopyHasTheChangedPropertyAndKeepsTheOthersWhileTheRunningOneIsUnchanged() {
        Classifier copy = running.withConfiguration(Map.of("window.days", "180")).orElseThrow();

        assertEquals("180", copy.configuration().get("window.days"));
        assertEquals("90", copy.configuration().get("complaint.days"));
        assertEquals(running.configuration().get("complaint.days"), copy.configuration().get("complaint.days"));
        assertTrue(!"180".equals(running.configuration().get("window.days")), running.configuration().toString());
    }

    @Test
    void anUnknownPropertyOrAnInvalidValueIsRefused() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> running.withConfiguration(Map.of("no.such.property", "1")));
        assertTrue(unknown.getMessage().contains("unknown property 'no.such.property'"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> running.withConfiguration(Map.of("window.days", "-1")));
    }
}
