package io.tierbench.classifier.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.Classifier;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A dry run's copy: changed properties take effect in the copy only, and a bad change is refused. */
class LifecycleClassifierPreviewTest {

    private final LifecycleClassifier running = new LifecycleClassifier(TestConfigurations.with(Map.of()));

    @Test
    void theCopyHasTheChangedPropertyAndKeepsTheOthersWhileTheRunningOneIsUnchanged() {
        Classifier copy = running.withConfiguration(Map.of("churn.horizon.days", "180")).orElseThrow();

        assertEquals("180", copy.configuration().get("churn.horizon.days"));
        assertEquals("90", copy.configuration().get("new.window.days"));
        assertEquals(running.configuration().get("new.window.days"), copy.configuration().get("new.window.days"));
        assertTrue(!"180".equals(running.configuration().get("churn.horizon.days")), running.configuration().toString());
    }

    @Test
    void anUnknownPropertyOrAnInvalidValueIsRefused() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> running.withConfiguration(Map.of("no.such.property", "1")));
        assertTrue(unknown.getMessage().contains("unknown property 'no.such.property'"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> running.withConfiguration(Map.of("churn.horizon.days", "-5")));
    }
}
