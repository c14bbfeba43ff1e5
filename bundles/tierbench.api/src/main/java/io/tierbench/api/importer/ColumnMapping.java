package io.tierbench.api.importer;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A client's own headers for the canonical columns, so that a consultant maps an odd sheet in configuration instead
 * of code: {@code external_id} ← {@code 会员卡号}. A mapped header is matched before the built-in synonyms.
 *
 * @param name the mapping's name, as given to {@code tierbench:import --mapping}
 * @param headersByColumn for each canonical column (e.g. {@code external_id}), the headers that mean it
 * @since 1.1
 */
public record ColumnMapping(String name, Map<String, List<String>> headersByColumn) {

    /** No client headers: the built-in synonyms only. */
    public static final ColumnMapping NONE = new ColumnMapping("none", Map.of());

    public ColumnMapping {
        Objects.requireNonNull(name, "name");
        headersByColumn = headersByColumn.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
    }

    /** @return the client's headers for a canonical column; empty when the mapping has none */
    public List<String> headersFor(String canonicalColumn) {
        return headersByColumn.getOrDefault(canonicalColumn, List.of());
    }
}
