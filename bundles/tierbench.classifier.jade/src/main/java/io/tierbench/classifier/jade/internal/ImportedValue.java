package io.tierbench.classifier.jade.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A value a customer's free attributes carry, and the attribute it came from.
 *
 * @param attribute the attribute's name as stored
 * @param text the value, trimmed, never blank
 */
record ImportedValue(String attribute, String text) {

    /**
     * Attribute names are the file's headers as the importer kept them, so {@code Preference} and
     * {@code preference} are the same attribute.
     *
     * @param names the names to try, in order
     * @return the first set, non-blank attribute among the names: exact name first, then in any case
     */
    static Optional<ImportedValue> first(Map<String, String> attributes, List<String> names) {
        for (String name : names) {
            Optional<ImportedValue> value = of(name, attributes.get(name));
            if (value.isEmpty()) {
                value = attributes.entrySet().stream()
                        .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                        .findFirst().flatMap(e -> of(e.getKey(), e.getValue()));
            }
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private static Optional<ImportedValue> of(String attribute, String text) {
        return text == null || text.isBlank() ? Optional.empty()
                : Optional.of(new ImportedValue(attribute, text.trim()));
    }

    /** @return {@code '收藏' (attribute preference)}, for explanations */
    @Override
    public String toString() {
        return "'" + text + "' (attribute " + attribute + ")";
    }
}
