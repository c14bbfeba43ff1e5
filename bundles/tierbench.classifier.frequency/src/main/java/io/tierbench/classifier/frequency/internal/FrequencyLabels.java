package io.tierbench.classifier.frequency.internal;

import io.tierbench.api.model.Label;
import io.tierbench.classifier.support.BundledLabels;
import java.util.HashMap;
import java.util.Map;

/**
 * The labels shipped in this bundle ({@code labels.properties}, {@code labels_zh.properties} next to this class),
 * keyed {@code <scheme>.<key>}, since both schemes have an {@code occasional} label with different names.
 */
final class FrequencyLabels {

    private final Map<String, Label> labels;

    private FrequencyLabels(Map<String, Label> labels) {
        this.labels = labels;
    }

    /**
     * @throws IllegalStateException when a label file or a label of either scheme is missing
     */
    static FrequencyLabels load(FrequencySettings settings) {
        BundledLabels bundled = BundledLabels.load(FrequencyLabels.class, "frequency");
        Map<String, Label> labels = new HashMap<>();
        add(FrequencyRun.PURCHASES_SCHEME, settings.purchaseScale(), bundled, labels);
        add(FrequencyRun.INTERACTIONS_SCHEME, settings.interactionScale(), bundled, labels);
        return new FrequencyLabels(labels);
    }

    private static void add(String scheme, CountScale scale, BundledLabels bundled, Map<String, Label> labels) {
        for (String key : scale.keys()) {
            String name = scheme + "." + key;
            if (bundled.english(name) == null || bundled.chinese(name) == null) {
                throw new IllegalStateException("the frequency bundle lacks a label for " + name);
            }
            labels.put(name, new Label(key, bundled.english(name), bundled.chinese(name)));
        }
    }

    /** @return the label of {@code key} under {@code scheme} */
    Label of(String scheme, String key) {
        return labels.get(scheme + "." + key);
    }
}
