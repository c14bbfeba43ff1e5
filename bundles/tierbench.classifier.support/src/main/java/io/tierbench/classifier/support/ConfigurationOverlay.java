package io.tierbench.classifier.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A configuration instance with some properties changed, for a classifier's dry run: each attribute returns the
 * changed value when the property is among the changes, else the current configuration's value.
 *
 * <p>Properties are named as in the {@code .cfg} file, from the attribute's method name by the Declarative
 * Services rules ({@code window_days} is {@code window.days}), and their values are converted as Declarative
 * Services converts them: a text to a number, a single value to a one-element array, an array to its first element.
 */
public final class ConfigurationOverlay {

    private ConfigurationOverlay() {
    }

    /**
     * What every built-in classifier's {@code withConfiguration} does: a new instance from the configuration in
     * force with some properties changed.
     *
     * @param type the configuration annotation, e.g. {@code RfmConfiguration}
     * @param current the configuration in force, or {@code null} for an instance built without one (tests), which
     *        cannot be previewed
     * @param changes property name to new value
     * @param factory builds the classifier from the changed configuration
     * @return the new classifier, or empty when {@code current} is {@code null}
     * @throws IllegalArgumentException as {@link #of(Class, Object, Map)}, or when the factory refuses the changed
     *         configuration
     */
    public static <A, T> Optional<T> reconfigured(Class<A> type, A current, Map<String, ?> changes,
            Function<? super A, ? extends T> factory) {
        if (current == null) {
            return Optional.empty();
        }
        return Optional.of(factory.apply(of(type, current, changes)));
    }

    /**
     * @param type the configuration annotation, e.g. {@code RfmConfiguration}
     * @param current the configuration in force
     * @param changes property name to new value
     * @return an instance answering every attribute
     * @throws IllegalArgumentException when a property is not an attribute of the type, or a value cannot be
     *         converted; the message names every problem and the known properties
     */
    public static <A> A of(Class<A> type, A current, Map<String, ?> changes) {
        Map<String, Method> attributes = new LinkedHashMap<>();
        for (Method method : type.getDeclaredMethods()) {
            if (method.getParameterCount() == 0) {
                attributes.put(propertyName(method.getName()), method);
            }
        }
        List<String> problems = new ArrayList<>();
        Map<String, Object> converted = new LinkedHashMap<>();
        changes.forEach((property, value) -> {
            Method method = attributes.get(property);
            if (method == null) {
                problems.add("unknown property '" + property + "'");
                return;
            }
            try {
                converted.put(method.getName(), convert(value, method.getReturnType()));
            } catch (IllegalArgumentException e) {
                problems.add("property '" + property + "': " + e.getMessage());
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems) + " (known properties: "
                    + String.join(", ", new TreeSet<>(attributes.keySet())) + ")");
        }
        Object instance = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> {
                    String name = method.getName();
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (name) {
                            case "hashCode" -> System.identityHashCode(self);
                            case "equals" -> self == args[0];
                            default -> type.getSimpleName() + converted + " over " + current;
                        };
                    }
                    if (name.equals("annotationType")) {
                        return type;
                    }
                    return converted.containsKey(name) ? converted.get(name) : invoke(method, current);
                });
        return type.cast(instance);
    }

    /**
     * The property name of an attribute method, by the Declarative Services 1.4 rules: {@code $$} is {@code $},
     * {@code $_$} is {@code -}, a lone {@code $} is dropped, {@code __} is {@code _}, and {@code _} is {@code .}.
     */
    public static String propertyName(String methodName) {
        StringBuilder name = new StringBuilder();
        int i = 0;
        while (i < methodName.length()) {
            char c = methodName.charAt(i);
            if (methodName.startsWith("$_$", i)) {
                name.append('-');
                i += 3;
            } else if (methodName.startsWith("$$", i)) {
                name.append('$');
                i += 2;
            } else if (c == '$') {
                i++;
            } else if (methodName.startsWith("__", i)) {
                name.append('_');
                i += 2;
            } else {
                name.append(c == '_' ? '.' : c);
                i++;
            }
        }
        return name.toString();
    }

    private static Object invoke(Method method, Object target) throws Throwable {
        try {
            return method.invoke(target);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    static Object convert(Object value, Class<?> target) {
        if (target.isArray()) {
            List<Object> elements = elements(value);
            Object array = java.lang.reflect.Array.newInstance(target.getComponentType(), elements.size());
            for (int i = 0; i < elements.size(); i++) {
                java.lang.reflect.Array.set(array, i, scalar(elements.get(i), target.getComponentType()));
            }
            return array;
        }
        List<Object> elements = elements(value);
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("a value is needed");
        }
        return scalar(elements.get(0), target);
    }

    private static List<Object> elements(Object value) {
        List<Object> elements = new ArrayList<>();
        if (value == null) {
            return elements;
        }
        if (value.getClass().isArray()) {
            for (int i = 0; i < java.lang.reflect.Array.getLength(value); i++) {
                elements.add(java.lang.reflect.Array.get(value, i));
            }
        } else if (value instanceof Collection<?> collection) {
            elements.addAll(collection);
        } else {
            elements.add(value);
        }
        return elements;
    }

    private static Object scalar(Object value, Class<?> target) {
        String text = value.toString().trim();
        try {
            if (target == String.class) {
                return value.toString();
            } else if (target == int.class || target == Integer.class) {
                return value instanceof Number number ? number.intValue() : Integer.parseInt(text);
            } else if (target == long.class || target == Long.class) {
                return value instanceof Number number ? number.longValue() : Long.parseLong(text);
            } else if (target == double.class || target == Double.class) {
                return value instanceof Number number ? number.doubleValue() : Double.parseDouble(text);
            } else if (target == boolean.class || target == Boolean.class) {
                return value instanceof Boolean flag ? flag : Boolean.parseBoolean(text);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a number of type " + target.getSimpleName());
        }
        throw new IllegalArgumentException("values of type " + target.getSimpleName() + " are not supported");
    }
}
