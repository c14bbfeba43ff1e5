package io.tierbench.report.html.internal;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers, booleans and nulls as JSON that is safe inside an HTML
 * {@code <script type="application/json">} element.
 *
 * <p>An HTML parser ends a script element at the first {@code </script}, whatever JavaScript or JSON would make
 * of it; so {@code <}, {@code >} and {@code &} are written as {@code \u003c}-style escapes (they can only occur
 * inside strings), and with them U+2028 and U+2029, which older JavaScript parsers take for line ends. A label
 * such as {@code </script><script>alert(1)</script>} therefore stays a string.
 */
final class Json {

    private Json() {
    }

    /**
     * @param value a {@link Map} with string keys, an {@link Iterable}, a {@link CharSequence}, a {@link Number},
     *        a {@link Boolean} or {@code null}, nested freely
     * @return its JSON text
     * @throws IllegalArgumentException for any other type, or a number that is not finite
     */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence text) {
            appendString(out, text);
        } else if (value instanceof Boolean bool) {
            out.append(bool.booleanValue());
        } else if (value instanceof Number number) {
            appendNumber(out, number);
        } else if (value instanceof Map<?, ?> map) {
            appendObject(out, map);
        } else if (value instanceof Iterable<?> items) {
            appendArray(out, items);
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    private static void appendObject(StringBuilder out, Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException("JSON object keys must be strings, got " + entry.getKey());
            }
            out.append(first ? "" : ",");
            appendString(out, key);
            out.append(':');
            append(out, entry.getValue());
            first = false;
        }
        out.append('}');
    }

    private static void appendArray(StringBuilder out, Iterable<?> items) {
        out.append('[');
        boolean first = true;
        for (Object item : items) {
            out.append(first ? "" : ",");
            append(out, item);
            first = false;
        }
        out.append(']');
    }

    private static void appendNumber(StringBuilder out, Number number) {
        if (number instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("JSON has no form for " + value);
            }
            out.append(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
        } else {
            out.append(number.longValue());
        }
    }

    private static void appendString(StringBuilder out, CharSequence text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
