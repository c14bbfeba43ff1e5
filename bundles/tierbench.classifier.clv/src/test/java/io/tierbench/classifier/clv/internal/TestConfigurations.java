package io.tierbench.classifier.clv.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
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
        return (ClvConfiguration) Proxy.newProxyInstance(ClvConfiguration.class.getClassLoader(),
                new Class<?>[] {ClvConfiguration.class}, (proxy, method, args) -> value(method, values));
    }

    static ClvClassifier classifier(Map<String, Object> values) {
        return new ClvClassifier(with(values));
    }

    private static Object value(Method method, Map<String, Object> values) {
        if (method.getName().equals("annotationType")) {
            return ClvConfiguration.class;
        }
        return values.containsKey(method.getName()) ? values.get(method.getName()) : method.getDefaultValue();
    }
}
