package io.tierbench.classifier.abc.internal;

import io.tierbench.classifier.support.standalone.ComponentConfigurations;
import java.util.Map;

/**
 * {@link AbcConfiguration} instances as Declarative Services builds them: each attribute the given value or, when
 * absent, the default declared on the annotation.
 */
final class TestConfigurations {

    private TestConfigurations() {
    }

    /** @param values attribute values by method name, e.g. {@code revenue_a_threshold} */
    static AbcConfiguration with(Map<String, Object> values) {
        return ComponentConfigurations.of(AbcConfiguration.class, values);
    }

    static AbcClassifier classifier(Map<String, Object> values) {
        return new AbcClassifier(with(values));
    }
}
