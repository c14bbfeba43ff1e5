package io.tierbench.classifier.lifecycle.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
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
        return (LifecycleConfiguration) Proxy.newProxyInstance(LifecycleConfiguration.class.getClassLoader(),
                new Class<?>[] {LifecycleConfiguration.class}, (proxy, method, args) -> value(method, values));
    }

    static LifecycleSettings settings(Map<String, Object> values) {
        return LifecycleSettings.from(with(values));
    }

    private static Object value(Method method, Map<String, Object> values) {
        if (method.getName().equals("annotationType")) {
            return LifecycleConfiguration.class;
        }
        return values.containsKey(method.getName()) ? values.get(method.getName()) : method.getDefaultValue();
    }
}
