package io.tierbench.classifier.support.standalone;

import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * Component-property-type instances built outside OSGi, as Declarative Services builds them for an
 * {@code @Activate} constructor: each attribute returns the given value or, when absent, the default declared on
 * the annotation. For unit tests and the benchmark; no bundle code refers to it, so bnd copies none of it.
 */
public final class ComponentConfigurations {

    private ComponentConfigurations() {
    }

    /**
     * @param type the configuration annotation, e.g. {@code RfmConfiguration}
     * @param values attribute values by method name, e.g. {@code window_days}
     * @return an instance answering every attribute
     */
    public static <A> A of(Class<A> type, Map<String, ?> values) {
        Object instance = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> {
                    String name = method.getName();
                    if (name.equals("annotationType")) {
                        return type;
                    }
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (name) {
                            case "hashCode" -> System.identityHashCode(self);
                            case "equals" -> self == args[0];
                            default -> type.getSimpleName() + values;
                        };
                    }
                    return values.containsKey(name) ? values.get(name) : method.getDefaultValue();
                });
        return type.cast(instance);
    }
}
