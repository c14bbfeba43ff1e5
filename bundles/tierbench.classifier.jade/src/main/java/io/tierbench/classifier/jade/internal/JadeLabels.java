package io.tierbench.classifier.jade.internal;

import io.tierbench.api.model.Label;
import io.tierbench.classifier.support.BundledLabels;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The labels shipped in this bundle ({@code labels.properties}, {@code labels_zh.properties} next to this class).
 * The files key them by scheme ({@code preference.collection}, {@code membership.gold}); the labels' own keys are
 * the bare ones rules read ({@code jade.preference == "collection"}).
 */
final class JadeLabels {

    private static final List<String> PREFERENCES = List.of("collection", "wearing", "investment",
            PreferenceRule.MIXED, PreferenceRule.UNKNOWN);

    private final Map<String, Label> preferences = new HashMap<>();
    private final Map<MembershipLevel, Label> levels = new HashMap<>();

    private JadeLabels() {
    }

    /**
     * @throws IllegalStateException when a label file or a label is missing
     */
    static JadeLabels load() {
        BundledLabels bundled = BundledLabels.load(JadeLabels.class, "jade");
        JadeLabels labels = new JadeLabels();
        for (String key : PREFERENCES) {
            labels.preferences.put(key, label(bundled, PreferenceRule.SCHEME, key));
        }
        for (MembershipLevel level : MembershipLevel.values()) {
            labels.levels.put(level, label(bundled, MembershipRule.SCHEME, level.key()));
        }
        return labels;
    }

    private static Label label(BundledLabels bundled, String scheme, String key) {
        String english = bundled.english(scheme + "." + key);
        String chinese = bundled.chinese(scheme + "." + key);
        if (english == null || chinese == null) {
            throw new IllegalStateException("the jade bundle lacks the label " + scheme + "." + key);
        }
        return new Label(key, english, chinese);
    }

    /** @param key collection, wearing, investment, mixed or unknown */
    Label preference(String key) {
        return preferences.get(key);
    }

    Label membership(MembershipLevel level) {
        return levels.get(level);
    }
}
