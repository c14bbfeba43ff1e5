package io.tierbench.bench;

import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * Builds a component-property-type instance outside OSGi: every attribute returns its metatype default unless
 * overridden, exactly as Declarative Services would hand it to an {@code @Activate} constructor.
 */
final class Configurations {

    private Configurations() {
    }

    static <A> A withDefaults(Class<A> type, Map<String, Object> overrides) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (method.getName().equals("annotationType")) {
                return type;
            }
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> type.getSimpleName() + overrides;
                };
            }
            Object value = overrides.get(method.getName());
            return value != null ? value : method.getDefaultValue();
        });
        return type.cast(proxy);
    }
}
