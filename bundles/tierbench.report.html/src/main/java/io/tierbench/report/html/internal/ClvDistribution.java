package io.tierbench.report.html.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.repository.StoredClassification;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CLV distribution section: a histogram of the CLV classifier's value score under each of its schemes, the
 * discounted predictive CLV ({@code clv}) and the historical one ({@code historical_clv}).
 */
final class ClvDistribution {

    static final String CLASSIFIER = "clv";

    /** The score holding each scheme's value, as the CLV classifier stores it; the predictive scheme first. */
    private static final Map<String, String> VALUE_SCORES = orderedValueScores();

    private final Map<String, List<BigDecimal>> values = new HashMap<>();
    private final Map<String, Long> withoutValue = new LinkedHashMap<>();

    /** Keeps the value of one stored classification when it is a CLV scheme's; ignores the others. */
    void add(StoredClassification stored) {
        Classification classification = stored.classification();
        String scoreKey = VALUE_SCORES.get(classification.scheme());
        if (!CLASSIFIER.equals(stored.classifierId()) || scoreKey == null) {
            return;
        }
        BigDecimal value = classification.scores().get(scoreKey);
        if (value == null) {
            withoutValue.merge(classification.scheme(), 1L, Long::sum);
            values.computeIfAbsent(classification.scheme(), scheme -> new ArrayList<>());
        } else {
            values.computeIfAbsent(classification.scheme(), scheme -> new ArrayList<>()).add(value);
        }
    }

    Section section(ClassifierRuns classifiers, PageText text) {
        List<Map<String, Object>> histograms = new ArrayList<>();
        for (String scheme : VALUE_SCORES.keySet()) {
            if (!values.containsKey(scheme)) {
                continue;
            }
            long valued = values.get(scheme).size();
            long none = withoutValue.getOrDefault(scheme, 0L);
            Map<String, Object> histogram = new LinkedHashMap<>();
            histogram.put("scheme", scheme);
            histogram.put("title", classifiers.title(CLASSIFIER, scheme));
            histogram.put("valued", valued);
            histogram.put("withoutValue", none);
            histogram.put("bins", bins(Histogram.of(values.get(scheme))));
            histogram.put("note", text.format("note.clv", valued, none));
            histograms.add(histogram);
        }
        if (histograms.isEmpty()) {
            return Section.omitted(Section.CLV, classifiers.noLabels(CLASSIFIER));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("histograms", histograms);
        return Section.shown(Section.CLV, data);
    }

    private static Map<String, String> orderedValueScores() {
        Map<String, String> scores = new LinkedHashMap<>();
        scores.put("predictive", "clv");
        scores.put("historical", "historical_clv");
        return scores;
    }

    private static List<Map<String, Object>> bins(Histogram histogram) {
        List<Map<String, Object>> bins = new ArrayList<>();
        for (Histogram.Bin bin : histogram.bins()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("from", bin.from());
            json.put("to", bin.to());
            json.put("customers", bin.count());
            bins.add(json);
        }
        return bins;
    }
}
