package io.tierbench.classifier.clv.internal;

import io.tierbench.classifier.support.standalone.ComponentConfigurations;
import java.util.Map;

/**
 * {@link ClvConfiguration} instances as Declarative Services builds them: each attribute the given value or, when
 * absent, the default declared on the annotation.
 */
final class TestConfigurations {

    private TestConfigurations() {
    }

    /** @param values attribute values by method name, e.g. {@code time_unit} */
    static ClvConfiguration with(Map<String, Object> values) {
        return ComponentConfigurations.of(ClvConfiguration.class, values);
    }

    static ClvClassifier classifier(Map<String, Object> values) {
        return new ClvClassifier(with(values));
    }
}
