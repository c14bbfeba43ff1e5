package io.tierbench.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The yardstick of shared/notes/performance.md, rebuilt so it runs on the same files in the same JVM: one streaming
 * pass over orders.csv into a hash map, then R, F and M scores by the PRODUCT.md rank formula. JDK only, no
 * validation, nothing stored: what Tierbench's validated, persistent pipeline is compared against.
 */
final class PlainJavaPeer {

    /** Per customer: last purchase day, purchases, spend in cents. */
    private static final class Totals {
        long lastEpochDay = Long.MIN_VALUE;
        long purchases;
        long cents;
    }

    private PlainJavaPeer() {
    }

    /** @return the sum of R, F and M scores over the scored customers, to compare with Tierbench's */
    static long scoreChecksum(Path orders, LocalDate asOf) throws IOException {
        Map<String, Totals> byCustomer = new HashMap<>();
        long asOfDay = asOf.toEpochDay();
        try (BufferedReader reader = Files.newBufferedReader(orders, StandardCharsets.UTF_8)) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",", -1);
                long day = epochDay(f[2]);
                if (!"completed".equals(f[8]) || day > asOfDay) {
                    continue;
                }
                Totals totals = byCustomer.computeIfAbsent(f[1], k -> new Totals());
                totals.lastEpochDay = Math.max(totals.lastEpochDay, day);
                totals.purchases++;
                totals.cents += cents(f[3]);
            }
        }
        int n = byCustomer.size();
        long[] recency = new long[n];
        long[] frequency = new long[n];
        long[] monetary = new long[n];
        int i = 0;
        for (Totals totals : byCustomer.values()) {
            recency[i] = -(asOfDay - totals.lastEpochDay); // fewer days is better: negate so higher is better
            frequency[i] = totals.purchases;
            monetary[i++] = totals.cents;
        }
        return scoreSum(recency) + scoreSum(frequency) + scoreSum(monetary);
    }

    /** score = 1 + floor(5 L / N), L = number of strictly lower values. */
    private static long scoreSum(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        long sum = 0;
        for (long value : values) {
            int lower = lowerBound(sorted, value);
            sum += 1 + (5L * lower) / values.length;
        }
        return sum;
    }

    private static int lowerBound(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static long epochDay(String timestamp) {
        return LocalDate.of(Integer.parseInt(timestamp, 0, 4, 10), Integer.parseInt(timestamp, 5, 7, 10),
                Integer.parseInt(timestamp, 8, 10, 10)).toEpochDay();
    }

    private static long cents(String amount) {
        int dot = amount.indexOf('.');
        if (dot < 0) {
            return Long.parseLong(amount) * 100;
        }
        String fraction = (amount.substring(dot + 1) + "00").substring(0, 2);
        return Long.parseLong(amount, 0, dot, 10) * 100 + Integer.parseInt(fraction);
    }
}
