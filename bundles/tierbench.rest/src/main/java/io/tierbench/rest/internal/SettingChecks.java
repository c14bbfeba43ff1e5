package io.tierbench.rest.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a setting's text against its metatype attribute: type, options and cardinality. Values are text as in a
 * {@code .cfg} file; a list-valued setting (cardinality not 0) holds its entries separated by {@code ;}, as the
 * classifiers read them, and each entry is checked.
 */
final class SettingChecks {

    private SettingChecks() {
    }

    /** @return the problems of the value, empty when it fits the attribute */
    static List<String> check(Plugins.AttributeDescription attribute, String value) {
        List<String> entries = entries(attribute.cardinality(), value);
        List<String> problems = new ArrayList<>();
        if (attribute.cardinality() != 0 && entries.size() > Math.abs(attribute.cardinality())) {
            problems.add("takes at most " + Math.abs(attribute.cardinality()) + " entries, not " + entries.size());
        }
        List<String> allowed = attribute.options().stream().map(Plugins.Option::value).toList();
        for (String entry : entries) {
            String problem = typeProblem(attribute.type(), entry);
            if (problem == null && !allowed.isEmpty() && !allowed.contains(entry)) {
                problem = "'" + entry + "' is not one of " + String.join(", ", allowed);
            }
            if (problem != null) {
                problems.add(problem);
            }
        }
        return problems;
    }

    /** @return the entries of a value: the whole text for a single value, else its non-blank parts at {@code ;} */
    static List<String> entries(int cardinality, String value) {
        if (cardinality == 0) {
            return List.of(value.strip());
        }
        List<String> entries = new ArrayList<>();
        for (String part : value.split(";")) {
            if (!part.isBlank()) {
                entries.add(part.strip());
            }
        }
        return entries;
    }

    /**
     * @param message a validator's or a classifier's message
     * @param keys the keys it may be about
     * @return the longest key the message names as a word, or {@code fallback}
     */
    static String fieldOf(String message, Iterable<String> keys, String fallback) {
        String field = fallback;
        int longest = -1;
        for (String key : keys) {
            Matcher matcher = Pattern.compile("(?<![A-Za-z0-9._-])" + Pattern.quote(key) + "(?![A-Za-z0-9_-])")
                    .matcher(message == null ? "" : message);
            if (key.length() > longest && matcher.find()) {
                field = key;
                longest = key.length();
            }
        }
        return field;
    }

    private static String typeProblem(String type, String text) {
        try {
            switch (type) {
                case "long" -> Long.parseLong(text);
                case "integer" -> Integer.parseInt(text);
                case "short" -> Short.parseShort(text);
                case "byte" -> Byte.parseByte(text);
                case "biginteger" -> new BigInteger(text);
                case "bigdecimal" -> new BigDecimal(text);
                case "double", "float" -> {
                    if (!Double.isFinite(Double.parseDouble(text))) {
                        return "'" + text + "' is not a finite number";
                    }
                }
                case "boolean" -> {
                    if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                        return "'" + text + "' is not true or false";
                    }
                }
                case "character" -> {
                    if (text.codePointCount(0, text.length()) != 1) {
                        return "'" + text + "' is not one character";
                    }
                }
                default -> {
                    // string and password take any text
                }
            }
            return null;
        } catch (NumberFormatException e) {
            return "'" + text + "' is not " + (type.equals("double") || type.equals("float")
                    || type.equals("bigdecimal") ? "a number" : "a whole number (" + type + ")");
        }
    }
}
