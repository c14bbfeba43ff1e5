package io.tierbench.classifier.potential.internal;

import io.tierbench.classifier.support.standalone.ComponentConfigurations;
import java.util.Map;

/**
 * {@link PotentialConfiguration} instances as Declarative Services builds them: each attribute the given value or,
 * when absent, the default declared on the annotation.
 */
final class TestConfigurations {

    private TestConfigurations() {
    }

    /** @param values attribute values by method name, e.g. {@code min_peers} */
    static PotentialConfiguration with(Map<String, Object> values) {
        return ComponentConfigurations.of(PotentialConfiguration.class, values);
    }

    /**
     * @param values attribute values by method name
     * @param properties further properties of the PID, e.g. {@code expected.化工.large}
     */
    static PotentialClassifier classifier(Map<String, Object> values, Map<String, Object> properties) {
        return new PotentialClassifier(with(values), properties);
    }
}
