package io.tierbench.classifier.potential.internal;

import io.tierbench.api.model.Label;
import io.tierbench.classifier.support.BundledLabels;
import java.util.EnumMap;
import java.util.Map;

/** The labels shipped in this bundle ({@code labels.properties}, {@code labels_zh.properties} next to this class). */
final class PotentialLabels {

    private PotentialLabels() {
    }

    /**
     * @throws IllegalStateException when a label file or a label is missing
     */
    static Map<PotentialLevel, Label> load() {
        BundledLabels bundled = BundledLabels.load(PotentialLabels.class, "potential");
        Map<PotentialLevel, Label> labels = new EnumMap<>(PotentialLevel.class);
        for (PotentialLevel level : PotentialLevel.values()) {
            if (bundled.english(level.key()) == null || bundled.chinese(level.key()) == null) {
                throw new IllegalStateException("the potential bundle lacks a label for " + level.key());
            }
            labels.put(level, bundled.label(level.key()));
        }
        return labels;
    }
}
