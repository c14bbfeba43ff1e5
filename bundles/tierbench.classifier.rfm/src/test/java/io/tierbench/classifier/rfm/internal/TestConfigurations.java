package io.tierbench.classifier.rfm.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
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
        return (RfmConfiguration) Proxy.newProxyInstance(RfmConfiguration.class.getClassLoader(),
                new Class<?>[] {RfmConfiguration.class}, (proxy, method, args) -> value(method, values));
    }

    static RfmConfiguration defaults() {
        return with(Map.of());
    }

    static RfmSettings settings(Map<String, Object> values) {
        return RfmSettings.from(with(values));
    }

    private static Object value(Method method, Map<String, Object> values) {
        if (method.getName().equals("annotationType")) {
            return RfmConfiguration.class;
        }
        return values.containsKey(method.getName()) ? values.get(method.getName()) : method.getDefaultValue();
    }
}
