package io.tierbench.classifier.frequency.internal;

import io.tierbench.classifier.support.standalone.ComponentConfigurations;
import java.util.Map;

/**
 * {@link FrequencyConfiguration} instances as Declarative Services builds them: each attribute the given value or,
 * when absent, the default declared on the annotation.
 */
final class TestConfigurations {

    private TestConfigurations() {
    }

    /** @param values attribute values by method name, e.g. {@code purchases_frequent_min} */
    static FrequencyConfiguration with(Map<String, Object> values) {
        return ComponentConfigurations.of(FrequencyConfiguration.class, values);
    }

    static FrequencyClassifier classifier(Map<String, Object> values) {
        return new FrequencyClassifier(with(values));
    }
}
