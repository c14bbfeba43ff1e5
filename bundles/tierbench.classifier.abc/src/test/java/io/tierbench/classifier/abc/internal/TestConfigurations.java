package io.tierbench.classifier.abc.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
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
        return (AbcConfiguration) Proxy.newProxyInstance(AbcConfiguration.class.getClassLoader(),
                new Class<?>[] {AbcConfiguration.class}, (proxy, method, args) -> value(method, values));
    }

    static AbcClassifier classifier(Map<String, Object> values) {
        return new AbcClassifier(with(values));
    }

    private static Object value(Method method, Map<String, Object> values) {
        if (method.getName().equals("annotationType")) {
            return AbcConfiguration.class;
        }
        return values.containsKey(method.getName()) ? values.get(method.getName()) : method.getDefaultValue();
    }
}
