package io.tierbench.bench;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one load measured, passed from the trial's JVM to the benchmark as one line of {@code key=value} words.
 *
 * @param loader the loader's name, e.g. {@code tierbench}
 * @param customersMillis wall time of the customers file, 0 for loaders that load only orders
 * @param ordersStartedAt when the orders file's load started, in milliseconds since the epoch (to cut a profile)
 * @param ordersMillis wall time of the orders file, commit included, closing the database not
 * @param ordersPeakHeapMb peak heap while loading the orders file (sum of the heap pools' peaks)
 * @param gcMillis time the collectors reported for the orders file
 * @param rows orders in the database afterwards, counted by SQL
 * @param amountSum sum of their amounts, by SQL
 * @param closeMillis time to close the database afterwards
 * @param callMillis time spent inside each repository call, by method name (Tierbench only)
 */
record TrialResult(String loader, long customersMillis, long ordersStartedAt, long ordersMillis,
        long ordersPeakHeapMb, long gcMillis, long rows, BigDecimal amountSum, long closeMillis,
        Map<String, Long> callMillis) {

    static final String PREFIX = "RESULT";
    private static final String CALL = "call.";

    TrialResult {
        callMillis = Map.copyOf(callMillis);
    }

    long ordersPerSecond() {
        return rows * 1000 / Math.max(1, ordersMillis);
    }

    String format() {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("loader", loader);
        words.put("customersMillis", Long.toString(customersMillis));
        words.put("ordersStartedAt", Long.toString(ordersStartedAt));
        words.put("ordersMillis", Long.toString(ordersMillis));
        words.put("ordersPeakHeapMb", Long.toString(ordersPeakHeapMb));
        words.put("gcMillis", Long.toString(gcMillis));
        words.put("rows", Long.toString(rows));
        words.put("amountSum", amountSum.toPlainString());
        words.put("closeMillis", Long.toString(closeMillis));
        new TreeMap<>(callMillis).forEach((call, millis) -> words.put(CALL + call, Long.toString(millis)));
        StringBuilder line = new StringBuilder(PREFIX);
        words.forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
        return line.toString();
    }

    /** @throws IllegalArgumentException when the line is not one {@link #format()} wrote */
    static TrialResult parse(String line) {
        String[] parts = line.trim().split(" ");
        if (!parts[0].equals(PREFIX)) {
            throw new IllegalArgumentException("not a trial result: " + line);
        }
        Map<String, String> words = new LinkedHashMap<>();
        Map<String, Long> calls = new TreeMap<>();
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            String key = parts[i].substring(0, equals);
            String value = parts[i].substring(equals + 1);
            if (key.startsWith(CALL)) {
                calls.put(key.substring(CALL.length()), Long.parseLong(value));
            } else {
                words.put(key, value);
            }
        }
        return new TrialResult(words.get("loader"), number(words, "customersMillis"),
                number(words, "ordersStartedAt"), number(words, "ordersMillis"), number(words, "ordersPeakHeapMb"),
                number(words, "gcMillis"), number(words, "rows"), new BigDecimal(words.get("amountSum")),
                number(words, "closeMillis"), calls);
    }

    private static long number(Map<String, String> words, String key) {
        String value = words.get(key);
        if (value == null) {
            throw new IllegalArgumentException("trial result without " + key);
        }
        return Long.parseLong(value);
    }
}
