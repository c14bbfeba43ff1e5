package io.tierbench.report.html.internal;

import io.tierbench.api.repository.LabelCount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A run's label counts, grouped by classifier and scheme in the repository's order. */
final class Distribution {

    /**
     * A classifier's scheme.
     *
     * @param classifierId the classifier
     * @param scheme the scheme within it
     */
    record Scheme(String classifierId, String scheme) {
    }

    private final Map<Scheme, List<LabelCount>> counts = new LinkedHashMap<>();

    Distribution(List<LabelCount> distribution) {
        for (LabelCount count : distribution) {
            counts.computeIfAbsent(new Scheme(count.classifierId(), count.scheme()), key -> new ArrayList<>())
                    .add(count);
        }
    }

    /** @return every classifier and scheme with at least one label, in the repository's order */
    Set<Scheme> schemes() {
        return counts.keySet();
    }

    /** @return the scheme's label counts, most customers first; empty when the scheme has none */
    List<LabelCount> of(String classifierId, String scheme) {
        return counts.getOrDefault(new Scheme(classifierId, scheme), List.of());
    }

    /** @return customers with the label key under the scheme; 0 when none */
    long count(String classifierId, String scheme, String labelKey) {
        return of(classifierId, scheme).stream().filter(c -> c.label().key().equals(labelKey))
                .mapToLong(LabelCount::customers).sum();
    }

    /** @return the customers labelled under the scheme */
    long total(String classifierId, String scheme) {
        return of(classifierId, scheme).stream().mapToLong(LabelCount::customers).sum();
    }

    /** @return the most customers labelled under any one scheme: the customers the run classified */
    long customers() {
        return counts.keySet().stream().mapToLong(s -> total(s.classifierId(), s.scheme())).max().orElse(0);
    }

    /**
     * @param order label keys in the order to show them; keys of the scheme not listed follow, most customers first
     * @return the scheme's counts in that order, as {@code {key, label, customers}} maps
     */
    List<Map<String, Object>> ordered(String classifierId, String scheme, List<String> order, String language) {
        List<LabelCount> rest = new ArrayList<>(of(classifierId, scheme));
        List<Map<String, Object>> bars = new ArrayList<>();
        for (String key : order) {
            rest.stream().filter(c -> c.label().key().equals(key)).findFirst().ifPresent(c -> {
                bars.add(bar(c, language));
                rest.remove(c);
            });
        }
        rest.forEach(c -> bars.add(bar(c, language)));
        return bars;
    }

    static Map<String, Object> bar(LabelCount count, String language) {
        Map<String, Object> bar = new LinkedHashMap<>();
        bar.put("key", count.label().key());
        bar.put("label", count.label().in(language));
        bar.put("customers", count.customers());
        return bar;
    }
}
