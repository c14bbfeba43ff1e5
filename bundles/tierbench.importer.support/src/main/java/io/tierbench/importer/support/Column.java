package io.tierbench.importer.support;

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

    /** @return whether a header as written equals one of the given headers (a client's mapping) */
    boolean matchesAny(String writtenHeader, List<String> headers) {
        String normalized = normalize(writtenHeader);
        return headers.stream().anyMatch(header -> normalize(header).equals(normalized));
    }

    /**
     * Case, surrounding blanks, and spaces or hyphens inside a header are not significant, so that
     * {@code "External ID"} matches {@code external_id}. Neither are the marks spreadsheets put around a name: a
     * required-field star ({@code *客户编号}) and a unit in brackets ({@code 订单金额（元）}, {@code amount (CNY)}).
     */
    static String normalize(String header) {
        String name = header.strip();
        if (name.startsWith("*") || name.startsWith("＊")) {
            name = name.substring(1);
        }
        if (name.endsWith(")") || name.endsWith("）")) {
            int open = Math.max(name.lastIndexOf('('), name.lastIndexOf('（'));
            if (open > 0) {
                name = name.substring(0, open);
            }
        }
        return name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
