package io.tierbench.classifier.jade.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.classifier.ClassificationException;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.classifier.support.standalone.ComponentConfigurations;
import io.tierbench.classifier.support.testing.FakeClassificationContext;
import java.util.Map;
import java.util.TreeMap;

/** Builds classifiers as Declarative Services would and reads their results by scheme and customer. */
final class Runs {

    private Runs() {
    }

    /** @param values attribute values by method name, e.g. {@code level_silver_points}; others take defaults */
    static JadeConfiguration configuration(Map<String, Object> values) {
        return ComponentConfigurations.of(JadeConfiguration.class, values);
    }

    static JadeClassifier classifier(Map<String, Object> values) {
        return new JadeClassifier(configuration(values));
    }

    static ClassifierResult run(FakeClassificationContext context) throws ClassificationException {
        return classifier(Map.of()).classify(context);
    }

    /** @return the classification of one customer under one scheme */
    static Classification of(ClassifierResult result, String scheme, String customerId) {
        return result.classifications().stream()
                .filter(c -> c.scheme().equals(scheme) && c.customerId().equals(customerId)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + scheme + " classification of " + customerId));
    }

    /** @return label key per customer under one scheme */
    static Map<String, String> labels(ClassifierResult result, String scheme) {
        Map<String, String> labels = new TreeMap<>();
        result.classifications().stream().filter(c -> c.scheme().equals(scheme))
                .forEach(c -> labels.put(c.customerId(), c.label().key()));
        return labels;
    }
}
