package io.tierbench.importer.csv.internal;

import java.util.List;
import java.util.Locale;

/**
 * A canonical column of an import file.
 *
 * @param index position within its {@link ColumnSet}, used to look the column up in a row without hashing
 * @param header the canonical snake_case English header
 * @param required whether a file without this column is refused as a whole
 * @param synonyms other headers meaning the same column, e.g. Chinese ones
 */
record Column(int index, String header, boolean required, List<String> synonyms) {

    Column {
        synonyms = List.copyOf(synonyms);
    }

    /** @return whether a header as written in a file names this column */
    boolean matches(String writtenHeader) {
        String normalized = normalize(writtenHeader);
        return normalize(header).equals(normalized)
                || synonyms.stream().anyMatch(synonym -> normalize(synonym).equals(normalized));
    }

    /**
     * Case, surrounding blanks, and spaces or hyphens inside a header are not significant, so that
     * {@code "External ID"} matches {@code external_id}.
     */
    private static String normalize(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
