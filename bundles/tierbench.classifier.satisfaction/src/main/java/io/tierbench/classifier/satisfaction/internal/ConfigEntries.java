package io.tierbench.classifier.satisfaction.internal;

import java.util.ArrayList;
import java.util.List;

/** Reading list-valued configuration properties. */
final class ConfigEntries {

    /** Separates entries inside one string, for {@code .cfg} files that cannot hold arrays. */
    static final String SEPARATOR = ";";

    private ConfigEntries() {
    }

    /**
     * @param values the property value as DS hands it over; {@code null} when absent
     * @return the trimmed, non-blank entries, each array element split at {@value #SEPARATOR}
     */
    static List<String> list(String[] values) {
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

    /** @return the entries joined the way {@link #list(String[])} reads them back */
    static String join(List<String> entries) {
        return String.join(SEPARATOR, entries);
    }
}
