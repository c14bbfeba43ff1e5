package io.tierbench.classifier.satisfaction.internal;

import io.tierbench.classifier.support.standalone.ComponentConfigurations;
import java.util.Map;

/**
 * {@link SatisfactionConfiguration} instances as Declarative Services builds them: each attribute the given value
 * or, when absent, the default declared on the annotation.
 */
final class TestConfigurations {

    private TestConfigurations() {
    }

    /** @param values attribute values by method name, e.g. {@code window_days} */
    static SatisfactionConfiguration with(Map<String, Object> values) {
        return ComponentConfigurations.of(SatisfactionConfiguration.class, values);
    }

    static SatisfactionConfiguration defaults() {
        return with(Map.of());
    }

    static SatisfactionSettings settings(Map<String, Object> values) {
        return SatisfactionSettings.from(with(values));
    }
}
