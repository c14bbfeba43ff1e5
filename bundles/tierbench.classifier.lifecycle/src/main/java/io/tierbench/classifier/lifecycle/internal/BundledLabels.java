package io.tierbench.classifier.lifecycle.internal;

import io.tierbench.api.model.Label;
import java.util.EnumMap;
import java.util.Map;

/**
 * The stage labels shipped in this bundle ({@code labels.properties}, {@code labels_zh.properties} next to this
 * class), one per stage.
 */
final class BundledLabels {

    private BundledLabels() {
    }

    /** @return the label of every stage */
    static Map<Stage, Label> load() {
        io.tierbench.classifier.support.BundledLabels bundled =
                io.tierbench.classifier.support.BundledLabels.load(BundledLabels.class, "lifecycle");
        Map<Stage, Label> labels = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            String key = stage.key();
            labels.put(stage, bundled.label(key));
        }
        return labels;
    }
}
