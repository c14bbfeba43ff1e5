package io.tierbench.classifier.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reading list-valued configuration properties and turning display names into label keys. */
public final class ConfigEntries {

    /** Separates entries inside one string, for {@code .cfg} files that cannot hold arrays. */
    public static final String SEPARATOR = ";";

    private ConfigEntries() {
    }

    /**
     * @param values the property value as DS hands it over; {@code null} when absent
     * @return the trimmed, non-blank entries, each array element split at {@value #SEPARATOR}
     */
    public static List<String> list(String[] values) {
        List<String> entries = new ArrayList<>();
        if (values == null) {
            return entries;
        }
        for (String value : values) {
            for (String piece : value == null ? new String[0] : value.split(SEPARATOR)) {
                if (!piece.isBlank()) {
                    entries.add(piece.trim());
                }
            }
        }
        return entries;
    }

    /**
     * Reads {@code key=text} entries. The left side is normalised with {@link #key(String)}, so a display name and
     * its key both work.
     *
     * @param property the property name, for messages
     * @param problems receives one message per malformed entry
     * @return normalised key to text, in entry order
     */
    public static Map<String, String> pairs(String property, String[] values, List<String> problems) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String entry : list(values)) {
            int equals = entry.indexOf('=');
            String key = equals < 0 ? "" : key(entry.substring(0, equals));
            String text = equals < 0 ? "" : entry.substring(equals + 1).trim();
            if (key.isEmpty() || text.isEmpty()) {
                problems.add(property + " entry '" + entry + "' is malformed: expected 'name=label'");
            } else {
                pairs.put(key, text);
            }
        }
        return pairs;
    }

    /**
     * @param name a display name such as {@code Can't Lose Them}
     * @return its kebab-case key, {@code cant-lose-them}: apostrophes dropped, other non-alphanumerics a dash
     */
    public static String key(String name) {
        String lower = name.trim().toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
        StringBuilder key = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
            } else if (key.length() > 0 && key.charAt(key.length() - 1) != '-') {
                key.append('-');
            }
        }
        int end = key.length();
        return end > 0 && key.charAt(end - 1) == '-' ? key.substring(0, end - 1) : key.toString();
    }

    /** @return the entries joined the way {@link #list(String[])} reads them back */
    public static String join(List<String> entries) {
        return String.join(SEPARATOR + " ", entries);
    }
}
