package io.tierbench.classifier.clv.internal;

import io.tierbench.classifier.support.BundledLabels;
import io.tierbench.classifier.support.ConfigEntries;
import io.tierbench.api.model.Label;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tier labels: shipped in English and Chinese, with configured overrides applied. */
final class ClvLabels {

    /** Label key of a customer without a purchase up to the as-of date. */
    static final String NO_PURCHASES_KEY = "no-purchases";

    private final Map<String, Label> labels;

    private ClvLabels(Map<String, Label> labels) {
        this.labels = labels;
    }

    /**
     * @param en the {@code tier.labels.en} property
     * @param zh the {@code tier.labels.zh} property
     * @param problems receives a message per malformed entry or unknown key
     */
    static ClvLabels of(String[] en, String[] zh, List<String> problems) {
        BundledLabels bundled = BundledLabels.load(ClvLabels.class, "CLV");
        Map<String, String> enOverrides = ConfigEntries.pairs("tier.labels.en", en, problems);
        Map<String, String> zhOverrides = ConfigEntries.pairs("tier.labels.zh", zh, problems);
        List<String> keys = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            keys.add(tier.key());
        }
        keys.add(NO_PURCHASES_KEY);
        Map<String, Label> labels = new LinkedHashMap<>();
        for (String key : keys) {
            labels.put(key, new Label(key, enOverrides.getOrDefault(key, bundled.english(key)),
                    zhOverrides.getOrDefault(key, bundled.chinese(key))));
        }
        for (String key : concat(enOverrides, zhOverrides)) {
            if (!labels.containsKey(key)) {
                problems.add("tier.labels: '" + key + "' is not one of " + String.join(", ", keys));
            }
        }
        return new ClvLabels(labels);
    }

    private static List<String> concat(Map<String, String> first, Map<String, String> second) {
        List<String> keys = new ArrayList<>(first.keySet());
        keys.addAll(second.keySet());
        return keys;
    }

    Label tier(Tier tier) {
        return labels.get(tier.key());
    }

    Label noPurchases() {
        return labels.get(NO_PURCHASES_KEY);
    }

    /** @return the effective {@code tier.labels.en} and {@code tier.labels.zh} */
    Map<String, String> describe() {
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        labels.values().forEach(label -> {
            en.add(label.key() + "=" + label.en());
            zh.add(label.key() + "=" + label.zh());
        });
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("tier.labels.en", ConfigEntries.join(en));
        properties.put("tier.labels.zh", ConfigEntries.join(zh));
        return properties;
    }
}
