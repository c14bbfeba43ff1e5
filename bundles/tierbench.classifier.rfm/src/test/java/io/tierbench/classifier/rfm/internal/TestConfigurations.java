package io.tierbench.classifier.rfm.internal;

import io.tierbench.classifier.support.standalone.ComponentConfigurations;
import java.util.Map;

/**
 * {@link RfmConfiguration} instances as Declarative Services builds them: each attribute the given value or,
 * when absent, the default declared on the annotation.
 */
final class TestConfigurations {

    private TestConfigurations() {
    }

    /** @param values attribute values by method name, e.g. {@code window_days} */
    static RfmConfiguration with(Map<String, Object> values) {
        return ComponentConfigurations.of(RfmConfiguration.class, values);
    }

    static RfmConfiguration defaults() {
        return with(Map.of());
    }

    static RfmSettings settings(Map<String, Object> values) {
        return RfmSettings.from(with(values));
    }
}
