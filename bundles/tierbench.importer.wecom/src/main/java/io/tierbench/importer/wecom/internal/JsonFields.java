package io.tierbench.importer.wecom.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The fields of one JSON object read by {@link JsonTree}, each read as what WeCom documents it to be. A field of
 * the wrong shape rejects the entry, naming its JSON path
 * (e.g. {@code external_contact_list[12].follow_info.createtime}) so that the user finds it in the file.
 */
final class JsonFields {

    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,，;；]");

    private final Map<String, Object> values;
    private final String path;

    /**
     * @param values the object's fields
     * @param path the object's JSON path in its file, {@code ""} for a document itself
     */
    JsonFields(Map<String, Object> values, String path) {
        this.values = values;
        this.path = path;
    }

    String path() {
        return path;
    }

    String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** @return the text, or a number written as text; {@code null} when absent, {@code null} or blank */
    String text(String field) throws EntryRejected {
        Object value = values.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return text.isBlank() ? null : text.strip();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        throw rejection(field, value, "expected text");
    }

    /** @return the text, never {@code null} */
    String requiredText(String field) throws EntryRejected {
        String text = text(field);
        if (text == null) {
            throw new EntryRejected(pathOf(field), null, "missing value");
        }
        return text;
    }

    /** @return a whole number written as a JSON number or as digits in a string; {@code null} when absent */
    Long wholeNumber(String field) throws EntryRejected {
        Object value = values.get(field);
        if (value == null || value instanceof String text && text.isBlank()) {
            return null;
        }
        try {
            if (value instanceof Integer || value instanceof Long) {
                return ((Number) value).longValue();
            }
            if (value instanceof BigInteger big) {
                return big.longValueExact();
            }
            if (value instanceof BigDecimal decimal) {
                return decimal.longValueExact();
            }
            if (value instanceof String text) {
                return Long.parseLong(text.strip());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // falls through to the rejection below
        }
        throw rejection(field, value, "expected a whole number");
    }

    /** @return {@code true} only for JSON {@code true} */
    boolean isTrue(String field) {
        return Boolean.TRUE.equals(values.get(field));
    }

    /** @return the nested object, or {@code null} when absent or {@code null} */
    JsonFields object(String field) throws EntryRejected {
        Object value = values.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            return new JsonFields(fieldsOf(map), pathOf(field));
        }
        throw rejection(field, value, "expected an object");
    }

    /** @return the nested object, never {@code null} */
    JsonFields requiredObject(String field) throws EntryRejected {
        JsonFields object = object(field);
        if (object == null) {
            throw new EntryRejected(pathOf(field), null, "missing value");
        }
        return object;
    }

    /** @return the objects of an array, each with its own path; empty when absent or {@code null} */
    List<JsonFields> objects(String field) throws EntryRejected {
        List<?> array = array(field);
        List<JsonFields> objects = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String elementPath = pathOf(field) + "[" + i + "]";
            if (!(array.get(i) instanceof Map<?, ?> map)) {
                throw new EntryRejected(elementPath, display(array.get(i)), "expected an object");
            }
            objects.add(new JsonFields(fieldsOf(map), elementPath));
        }
        return objects;
    }

    /**
     * @return the non-blank texts of an array, in order; a single string is split at commas and semicolons, as some
     *         exports write {@code remark_mobiles}; empty when absent or {@code null}
     */
    List<String> texts(String field) throws EntryRejected {
        Object value = values.get(field);
        if (value instanceof String text) {
            return LIST_SEPARATORS.splitAsStream(text).map(String::strip).filter(part -> !part.isEmpty()).toList();
        }
        List<?> array = array(field);
        List<String> texts = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            Object element = array.get(i);
            if (element instanceof String text) {
                if (!text.isBlank()) {
                    texts.add(text.strip());
                }
            } else if (element instanceof Number number) {
                texts.add(number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString());
            } else if (element != null) {
                throw new EntryRejected(pathOf(field) + "[" + i + "]", display(element), "expected text");
            }
        }
        return texts;
    }

    /** @return a rejection of this object's field */
    EntryRejected rejection(String field, Object value, String reason) {
        return new EntryRejected(pathOf(field), display(value), reason);
    }

    private List<?> array(String field) throws EntryRejected {
        Object value = values.get(field);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list;
        }
        throw rejection(field, value, "expected an array");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fieldsOf(Map<?, ?> map) {
        // JsonTree makes every object a Map<String, Object>.
        return (Map<String, Object>) map;
    }

    /** @return the value as a row error shows it: short, and never a whole nested object */
    static String display(Object value) {
        if (value instanceof Map<?, ?>) {
            return "{…}";
        }
        if (value instanceof List<?>) {
            return "[…]";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return String.valueOf(value);
    }
}
