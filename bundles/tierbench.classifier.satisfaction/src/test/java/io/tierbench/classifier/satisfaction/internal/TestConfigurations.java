package io.tierbench.classifier.satisfaction.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
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
        return (SatisfactionConfiguration) Proxy.newProxyInstance(SatisfactionConfiguration.class.getClassLoader(),
                new Class<?>[] {SatisfactionConfiguration.class}, (proxy, method, args) -> value(method, values));
    }

    static SatisfactionConfiguration defaults() {
        return with(Map.of());
    }

    static SatisfactionSettings settings(Map<String, Object> values) {
        return SatisfactionSettings.from(with(values));
    }

    private static Object value(Method method, Map<String, Object> values) {
        if (method.getName().equals("annotationType")) {
            return SatisfactionConfiguration.class;
        }
        return values.containsKey(method.getName()) ? values.get(method.getName()) : method.getDefaultValue();
    }
}
