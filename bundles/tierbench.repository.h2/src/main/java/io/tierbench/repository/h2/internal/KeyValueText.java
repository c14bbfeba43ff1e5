package io.tierbench.repository.h2.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stores a map of strings as text that parses back exactly, in the map's iteration order: one
 * {@code key=value} line per entry, each ending with a newline; backslash, newline, carriage return and {@code =}
 * are escaped with a backslash, and an entry without {@code =} has a {@code null} value.
 */
final class KeyValueText {

    private KeyValueText() {
    }

    static String encode(Map<String, String> entries) {
        StringBuilder text = new StringBuilder();
        entries.forEach((key, value) -> {
            escape(key, text);
            if (value != null) {
                text.append('=');
                escape(value, text);
            }
            text.append('\n');
        });
        return text.toString();
    }

    /** @return the entries in their stored order, unmodifiable; empty for {@code null} */
    static Map<String, String> decode(String text) {
        if (text == null || text.isEmpty()) {
            return Map.of();
        }
        Map<String, String> entries = new LinkedHashMap<>();
        StringBuilder current = new StringBuilder();
        String key = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                current.append(unescape(text.charAt(++i)));
            } else if (c == '=' && key == null) {
                key = current.toString();
                current.setLength(0);
            } else if (c == '\n') {
                entries.put(key == null ? current.toString() : key, key == null ? null : current.toString());
                key = null;
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return Collections.unmodifiableMap(entries);
    }

    private static void escape(String value, StringBuilder text) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '=' -> text.append("\\=");
                default -> text.append(c);
            }
        }
    }

    private static char unescape(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 'r' -> '\r';
            default -> c;
        };
    }
}
