package io.tierbench.classifier.abc.internal;

import io.tierbench.api.model.Label;
import java.util.EnumMap;
import java.util.Map;

/**
 * The class labels shipped in this bundle ({@code labels.properties}, {@code labels_zh.properties} next to this
 * class), one per class.
 */
final class BundledLabels {

    private BundledLabels() {
    }

    /** @return the label of every class */
    static Map<AbcClass, Label> load() {
        io.tierbench.classifier.support.BundledLabels bundled =
                io.tierbench.classifier.support.BundledLabels.load(BundledLabels.class, "ABC");
        Map<AbcClass, Label> labels = new EnumMap<>(AbcClass.class);
        for (AbcClass abcClass : AbcClass.values()) {
            String key = abcClass.key();
            labels.put(abcClass, bundled.label(key));
        }
        return labels;
    }
}
