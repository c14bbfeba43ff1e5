package io.tierbench.classifier.jade.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.classifier.support.testing.FakeClassificationContext;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A dry run's copy: changed properties take effect in the copy only, and a bad change is refused. */
class JadeClassifierPreviewTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private final JadeClassifier running = Runs.classifier(Map.of());

    private static FakeClassificationContext context() {
        // 550 / 1000 = 55 % wearing: mixed at 60 %, wearing at 55 %; 900 points: silver from 800, regular from 1000
        return new FakeClassificationContext(AS_OF).streamingOrders()
                .person("c1", "points", "900").bought("c1", "手镯", "550").bought("c1", "摆件", "450");
    }

    @Test
    void theCopyClassifiesWithTheChangedPropertiesWhileTheRunningOneIsUnchanged() throws Exception {
        Classifier copy = running.withConfiguration(Map.of("inference.min.share", "55",
                "level.silver.points", 1000)).orElseThrow();

        ClassifierResult changed = copy.classify(context());
        assertEquals("wearing", Runs.labels(changed, "preference").get("c1"));
        assertEquals("regular", Runs.labels(changed, "membership").get("c1"));
        assertEquals("55", copy.configuration().get("inference.min.share"));
        assertEquals("4000", copy.configuration().get("level.gold.points"));

        ClassifierResult unchanged = running.classify(context());
        assertEquals("mixed", Runs.labels(unchanged, "preference").get("c1"));
        assertEquals("silver", Runs.labels(unchanged, "membership").get("c1"));
        assertEquals("60", running.configuration().get("inference.min.share"));
    }

    @Test
    void aListPropertyCanBeChangedAsOneCfgText() throws Exception {
        Classifier copy = running.withConfiguration(Map.of("category.preferences", "手镯=collection; 摆件=collection"))
                .orElseThrow();

        assertEquals("collection", Runs.labels(copy.classify(context()), "preference").get("c1"));
    }

    @Test
    void anUnknownPropertyOrAnInvalidValueIsRefused() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> running.withConfiguration(Map.of("no.such.property", "1")));
        assertTrue(unknown.getMessage().contains("unknown property 'no.such.property'"), unknown.getMessage());
        IllegalArgumentException invalid = assertThrows(IllegalArgumentException.class,
                () -> running.withConfiguration(Map.of("level.gold.points", "500")));
        assertTrue(invalid.getMessage().contains("level.gold.points (500) must be greater than level.silver.points"),
                invalid.getMessage());
    }
}
