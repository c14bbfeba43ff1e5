package io.tierbench.classifier.rfm.internal;

import io.tierbench.classifier.support.BundledLabels;
import io.tierbench.classifier.support.ConfigEntries;
import io.tierbench.api.model.Label;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The labels the classifier hands out: the shipped ones, with the configured overrides applied.
 */
final class RfmLabels {

    /** Label key of a customer without a purchase in the window, in both schemes. */
    static final String NO_PURCHASES_KEY = "no-purchases";

    private final Map<String, Label> segments;
    private final Map<ValueClass, Label> values;
    private final Label noPurchases;

    private RfmLabels(Map<String, Label> segments, Map<ValueClass, Label> values, Label noPurchases) {
        this.segments = segments;
        this.values = values;
        this.noPurchases = noPurchases;
    }

    /**
     * @param grid the segments to label
     * @param segmentZh the {@code segment.labels.zh} property
     * @param valueEn the {@code value.labels.en} property
     * @param valueZh the {@code value.labels.zh} property
     * @param problems receives a message per malformed entry or entry naming nothing known
     */
    static RfmLabels of(SegmentGrid grid, String[] segmentZh, String[] valueEn, String[] valueZh,
            List<String> problems) {
        BundledLabels bundled = BundledLabels.load(RfmLabels.class, "RFM");
        Label noPurchases = new Label(NO_PURCHASES_KEY, bundled.english(NO_PURCHASES_KEY),
                bundled.chinese(NO_PURCHASES_KEY));
        return new RfmLabels(segmentLabels(grid, segmentZh, bundled, problems),
                valueLabels(valueEn, valueZh, bundled, problems), noPurchases);
    }

    private static Map<String, Label> segmentLabels(SegmentGrid grid, String[] segmentZh, BundledLabels bundled,
            List<String> problems) {
        Map<String, String> zhOverrides = ConfigEntries.pairs("segment.labels.zh", segmentZh, problems);
        Map<String, Label> segments = new LinkedHashMap<>();
        for (Segment segment : grid.segments()) {
            String zh = zhOverrides.getOrDefault(segment.key(), bundled.chinese("segment." + segment.key()));
            segments.put(segment.key(), new Label(segment.key(), segment.name(), zh));
        }
        reportUnknown("segment.labels.zh", zhOverrides, segments.keySet(), problems);
        return segments;
    }

    private static Map<ValueClass, Label> valueLabels(String[] valueEn, String[] valueZh, BundledLabels bundled,
            List<String> problems) {
        Map<String, String> enOverrides = ConfigEntries.pairs("value.labels.en", valueEn, problems);
        Map<String, String> zhOverrides = ConfigEntries.pairs("value.labels.zh", valueZh, problems);
        Map<ValueClass, Label> values = new EnumMap<>(ValueClass.class);
        Set<String> keys = new LinkedHashSet<>();
        for (ValueClass valueClass : ValueClass.values()) {
            String key = valueClass.key();
            values.put(valueClass, new Label(key, enOverrides.getOrDefault(key, bundled.english("value." + key)),
                    zhOverrides.getOrDefault(key, bundled.chinese("value." + key))));
            keys.add(key);
        }
        reportUnknown("value.labels.en", enOverrides, keys, problems);
        reportUnknown("value.labels.zh", zhOverrides, keys, problems);
        return values;
    }

    private static void reportUnknown(String property, Map<String, String> overrides, Set<String> known,
            List<String> problems) {
        for (String key : overrides.keySet()) {
            if (!known.contains(key)) {
                problems.add(property + ": '" + key + "' is not one of " + String.join(", ", known));
            }
        }
    }

    Label segment(Segment segment) {
        return segments.get(segment.key());
    }

    Label value(ValueClass valueClass) {
        return values.get(valueClass);
    }

    Label noPurchases() {
        return noPurchases;
    }

    /** @return the effective label properties, keyed and written as in a configuration file */
    Map<String, String> describe() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("segment.labels.zh", entries(segments.values(), Label::en, Label::zh));
        properties.put("value.labels.en", entries(values.values(), Label::key, Label::en));
        properties.put("value.labels.zh", entries(values.values(), Label::key, Label::zh));
        return properties;
    }

    private static String entries(Iterable<Label> labels, Function<Label, String> name,
            Function<Label, String> text) {
        List<String> entries = new ArrayList<>();
        labels.forEach(label -> entries.add(name.apply(label) + "=" + text.apply(label)));
        return ConfigEntries.join(entries);
    }
}
