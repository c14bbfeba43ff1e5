package io.tierbench.classifier.potential.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The configured expected annual revenues: properties {@code expected.<industry>.<small|medium|large> = amount}
 * of the classifier's PID. The industry is everything between the prefix and the last dot, compared as
 * {@link Industries#key(String)} does; a blank value means no entry.
 */
final class ExpectedTable {

    /** Prefix of the table's properties. */
    static final String PREFIX = "expected.";

    /**
     * One configured value.
     *
     * @param property the property as written, e.g. {@code expected.电子制造.medium}
     * @param amount the expected annual revenue, positive
     */
    record Entry(String property, BigDecimal amount) {
    }

    private record Cell(String industryKey, SizeBucket bucket) {
    }

    private final Map<Cell, Entry> entries;

    private ExpectedTable(Map<Cell, Entry> entries) {
        this.entries = entries;
    }

    /** @return a table without entries */
    static ExpectedTable empty() {
        return new ExpectedTable(Map.of());
    }

    /**
     * @param properties every property of the PID; only those starting with {@value #PREFIX} are read
     * @param problems receives one message per malformed entry, naming its property
     */
    static ExpectedTable parse(Map<String, ?> properties, List<String> problems) {
        Map<Cell, Entry> entries = new HashMap<>();
        new TreeMap<>(properties).forEach((property, value) -> {
            if (property.startsWith(PREFIX)) {
                read(property, value, entries, problems);
            }
        });
        return new ExpectedTable(Collections.unmodifiableMap(entries));
    }

    private static void read(String property, Object value, Map<Cell, Entry> entries, List<String> problems) {
        String rest = property.substring(PREFIX.length());
        int dot = rest.lastIndexOf('.');
        String industry = dot < 0 ? null : Industries.key(rest.substring(0, dot));
        Optional<SizeBucket> bucket = dot < 0 ? Optional.empty() : SizeBucket.parse(rest.substring(dot + 1));
        if (industry == null || bucket.isEmpty()) {
            problems.add(property + " must be written expected.<industry>.<small|medium|large>");
            return;
        }
        String text = value == null || value.getClass().isArray() || value instanceof Collection<?> ? null
                : value.toString().trim();
        if (text != null && text.isEmpty()) {
            return;
        }
        BigDecimal amount = amount(text);
        if (amount == null) {
            problems.add(property + " must be a positive amount, was '" + describe(value) + "'");
            return;
        }
        Entry previous = entries.put(new Cell(industry, bucket.get()), new Entry(property, amount));
        if (previous != null) {
            problems.add(property + " and " + previous.property() + " name the same industry and size");
        }
    }

    private static BigDecimal amount(String text) {
        try {
            BigDecimal amount = text == null ? null : new BigDecimal(text);
            return amount != null && amount.signum() > 0 ? amount : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String describe(Object value) {
        return value != null && value.getClass().isArray() ? "an array" : String.valueOf(value);
    }

    /** @return the configured value of the industry (a {@link Industries#key(String)}) and bucket */
    Optional<Entry> lookup(String industryKey, SizeBucket bucket) {
        return Optional.ofNullable(entries.get(new Cell(industryKey, bucket)));
    }

    /** @return property to amount, sorted by property */
    Map<String, String> describe() {
        Map<String, String> described = new TreeMap<>();
        entries.values().forEach(entry -> described.put(entry.property(), entry.amount().toPlainString()));
        return described;
    }

    /** @return the number of entries */
    int size() {
        return entries.size();
    }
}
