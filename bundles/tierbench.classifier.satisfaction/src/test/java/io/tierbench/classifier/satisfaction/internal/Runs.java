package io.tierbench.classifier.satisfaction.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.classifier.ClassificationException;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.classifier.support.testing.FakeClassificationContext;
import java.util.Map;

/** Runs the classifier on a fake context and picks classifications out of the result. */
final class Runs {

    private Runs() {
    }

    static ClassifierResult classify(FakeClassificationContext context) throws ClassificationException {
        return classify(context, Map.of());
    }

    static ClassifierResult classify(FakeClassificationContext context, Map<String, Object> configuration)
            throws ClassificationException {
        return new SatisfactionClassifier(TestConfigurations.with(configuration)).classify(context);
    }

    /** @return the customer's classification under the level scheme */
    static Classification level(ClassifierResult result, String customerId) {
        return pick(result, customerId, SatisfactionRun.LEVEL_SCHEME);
    }

    /** @return the customer's classification under the NPS scheme */
    static Classification nps(ClassifierResult result, String customerId) {
        return pick(result, customerId, SatisfactionRun.NPS_SCHEME);
    }

    /** @return the label key of the customer's level */
    static String levelKey(ClassifierResult result, String customerId) {
        return level(result, customerId).label().key();
    }

    private static Classification pick(ClassifierResult result, String customerId, String scheme) {
        return result.classifications().stream()
                .filter(c -> c.customerId().equals(customerId) && c.scheme().equals(scheme)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + scheme + " classification for " + customerId));
    }
}
