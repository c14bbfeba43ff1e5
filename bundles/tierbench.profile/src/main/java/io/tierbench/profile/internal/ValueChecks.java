package io.tierbench.profile.internal;

import io.tierbench.profile.internal.ConfigurationSchemas.Attribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks a value of a {@code .cfg} file against its metatype attribute: type, options and cardinality. Values come
 * as text; Declarative Services turns one text into a one-element array, so a text is one value whatever the
 * cardinality (list-valued settings are written {@code a; b} and split by the component).
 */
final class ValueChecks {

    private ValueChecks() {
    }

    /** @return the problems of the value, empty when it fits the attribute */
    static List<String> check(Attribute attribute, Object value) {
        List<String> problems = new ArrayList<>();
        List<String> values = elements(value);
        if (attribute.cardinality() == 0 && values.size() > 1) {
            problems.add("takes one value, not " + values.size());
        } else if (attribute.cardinality() != 0 && values.size() > Math.abs(attribute.cardinality())) {
            problems.add("takes at most " + Math.abs(attribute.cardinality()) + " values, not " + values.size());
        }
        for (String element : values) {
            String problem = typeProblem(attribute, element.strip());
            if (problem == null && !attribute.options().isEmpty() && !attribute.options().contains(element.strip())) {
                problem = "'" + element + "' is not one of " + String.join(", ", attribute.options());
            }
            if (problem == null) {
                problem = attribute.check().apply(element.strip());
            }
            if (problem != null) {
                problems.add(problem);
            }
        }
        return problems;
    }

    private static String typeProblem(Attribute attribute, String text) {
        try {
            switch (attribute.type()) {
                case LONG -> Long.parseLong(text);
                case INTEGER -> Integer.parseInt(text);
                case SHORT -> Short.parseShort(text);
                case BYTE -> Byte.parseByte(text);
                case DOUBLE, FLOAT -> {
                    if (!Double.isFinite(Double.parseDouble(text))) {
                        return "'" + text + "' is not a finite number";
                    }
                }
                case BOOLEAN -> {
                    if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                        return "'" + text + "' is not true or false";
                    }
                }
                case CHARACTER -> {
                    if (text.codePointCount(0, text.length()) != 1) {
                        return "'" + text + "' is not one character";
                    }
                }
                default -> {
                }
            }
            return null;
        } catch (NumberFormatException e) {
            return "'" + text + "' is not " + article(attribute.type());
        }
    }

    private static String article(ConfigurationSchemas.Type type) {
        return switch (type) {
            case INTEGER -> "an integer";
            case LONG -> "an integer (long)";
            case SHORT -> "a short integer";
            case BYTE -> "a byte";
            default -> "a number";
        };
    }

    private static List<String> elements(Object value) {
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(String::valueOf).toList();
        }
        if (value instanceof java.util.Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }
}
