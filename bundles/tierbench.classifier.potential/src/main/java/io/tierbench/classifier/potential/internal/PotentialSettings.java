package io.tierbench.classifier.potential.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated potential configuration. Plain Java, so validation is tested without an OSGi framework.
 *
 * @param sizes the size buckets
 * @param percentile the peer percentile, above 0 and at most 100
 * @param minPeers the fewest active customers a peer group needs to give a benchmark
 * @param highBelow a realised share below this percentage is high potential
 * @param mediumBelow a realised share below this percentage (and not high) is medium potential
 * @param table the configured expected values
 */
record PotentialSettings(SizeBuckets sizes, BigDecimal percentile, int minPeers, BigDecimal highBelow,
        BigDecimal mediumBelow, ExpectedTable table) {

    /** Revenue is compared per year: the last 365 days, the as-of day included. */
    static final int YEAR_DAYS = 365;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * @param properties every property of the PID, for the {@code expected.*} table
     * @throws IllegalArgumentException naming every problem of the configuration and its property
     */
    static PotentialSettings from(PotentialConfiguration c, Map<String, ?> properties) {
        List<String> problems = new ArrayList<>();
        if (c.size_medium_min() <= 1) {
            problems.add("size.medium.min must be above 1 (small companies have 1 employee or more), was "
                    + c.size_medium_min());
        }
        if (c.size_large_min() <= c.size_medium_min()) {
            problems.add("size.large.min must be above " + c.size_medium_min() + " (size.medium.min), was "
                    + c.size_large_min());
        }
        BigDecimal percentile = decimal("percentile", c.percentile(), problems);
        if (percentile != null && (percentile.signum() <= 0 || percentile.compareTo(HUNDRED) > 0)) {
            problems.add("percentile must be above 0 and at most 100, was " + c.percentile());
        }
        if (c.min_peers() < 1) {
            problems.add("min.peers must be at least 1, was " + c.min_peers());
        }
        BigDecimal high = decimal("high.below", c.high_below(), problems);
        BigDecimal medium = decimal("medium.below", c.medium_below(), problems);
        if (high != null && high.signum() <= 0) {
            problems.add("high.below must be above 0, was " + c.high_below());
        }
        if (high != null && medium != null && medium.compareTo(high) <= 0) {
            problems.add("medium.below must be above " + high.toPlainString() + " (high.below), was "
                    + c.medium_below());
        }
        ExpectedTable table = ExpectedTable.parse(properties, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid potential configuration (" + PotentialClassifier.PID
                    + "): " + String.join("; ", problems));
        }
        return new PotentialSettings(new SizeBuckets(c.size_medium_min(), c.size_large_min()), percentile,
                c.min_peers(), high, medium, table);
    }

    private static BigDecimal decimal(String property, String value, List<String> problems) {
        try {
            return new BigDecimal(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            problems.add(property + " must be a decimal number, was '" + value + "'");
            return null;
        }
    }

    /** @return the effective configuration, keyed and written as in a {@code .cfg} file, table last */
    Map<String, String> describe() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("size.medium.min", Integer.toString(sizes.mediumMin()));
        properties.put("size.large.min", Integer.toString(sizes.largeMin()));
        properties.put("percentile", percentile.toPlainString());
        properties.put("min.peers", Integer.toString(minPeers));
        properties.put("high.below", highBelow.toPlainString());
        properties.put("medium.below", mediumBelow.toPlainString());
        properties.putAll(table.describe());
        return Collections.unmodifiableMap(properties);
    }
}
