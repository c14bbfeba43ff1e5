package io.tierbench.classifier.lifecycle.internal;

import io.tierbench.classifier.support.standalone.ComponentConfigurations;
import java.util.Map;

/**
 * {@link LifecycleConfiguration} instances as Declarative Services builds them: each attribute the given value or, when
 * absent, the default declared on the annotation.
 */
final class TestConfigurations {

    private TestConfigurations() {
    }

    /** @param values attribute values by method name, e.g. {@code new_window_days} */
    static LifecycleConfiguration with(Map<String, Object> values) {
        return ComponentConfigurations.of(LifecycleConfiguration.class, values);
    }

    static LifecycleSettings settings(Map<String, Object> values) {
        return LifecycleSettings.from(with(values));
    }
}
