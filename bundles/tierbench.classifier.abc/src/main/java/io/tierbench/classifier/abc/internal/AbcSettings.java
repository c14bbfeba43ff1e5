package io.tierbench.classifier.abc.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated ABC configuration. Plain Java, so validation is tested without an OSGi framework.
 *
 * @param windowDays 0 for all history up to the as-of date, else the number of days counted back from it
 * @param method what the cumulative share is taken of
 * @param revenueA A while the cumulative revenue share before the customer is below this, in percent
 * @param revenueB B while it is below this, in percent
 * @param countA the share of customers with revenue that are A, in percent
 * @param countB the share of customers with revenue that are B, in percent
 */
record AbcSettings(int windowDays, AbcMethod method, BigDecimal revenueA, BigDecimal revenueB, BigDecimal countA,
        BigDecimal countB) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * @throws IllegalArgumentException naming every problem of the configuration
     */
    static AbcSettings from(AbcConfiguration configuration) {
        List<String> problems = new ArrayList<>();
        if (configuration.window_days() < 0) {
            problems.add("window.days must be 0 (all history) or a positive number of days, was "
                    + configuration.window_days());
        }
        AbcMethod method = AbcMethod.parse(configuration.method()).orElse(null);
        if (method == null) {
            problems.add("method must be 'revenue' or 'count', was '" + configuration.method() + "'");
        }
        BigDecimal revenueA = percent("revenue.a.threshold", configuration.revenue_a_threshold(), problems);
        BigDecimal revenueB = percent("revenue.b.threshold", configuration.revenue_b_threshold(), problems);
        BigDecimal countA = percent("count.a.share", configuration.count_a_share(), problems);
        BigDecimal countB = percent("count.b.share", configuration.count_b_share(), problems);
        checkRevenue(revenueA, revenueB, problems);
        checkCount(countA, countB, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid ABC configuration (" + AbcClassifier.PID + "): "
                    + String.join("; ", problems));
        }
        return new AbcSettings(configuration.window_days(), method, revenueA, revenueB, countA, countB);
    }

    private static BigDecimal percent(String property, String value, List<String> problems) {
        try {
            return new BigDecimal(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            problems.add(property + " must be a decimal percentage, was '" + value + "'");
            return null;
        }
    }

    private static void checkRevenue(BigDecimal a, BigDecimal b, List<String> problems) {
        if (a != null && b != null
                && (a.signum() <= 0 || a.compareTo(b) >= 0 || b.compareTo(HUNDRED) > 0)) {
            problems.add("revenue thresholds must satisfy 0 < revenue.a.threshold < revenue.b.threshold <= 100, "
                    + "were " + a.toPlainString() + " and " + b.toPlainString());
        }
    }

    private static void checkCount(BigDecimal a, BigDecimal b, List<String> problems) {
        if (a != null && b != null && (a.signum() <= 0 || b.signum() < 0 || a.add(b).compareTo(HUNDRED) > 0)) {
            problems.add("count shares must satisfy 0 < count.a.share, 0 <= count.b.share and their sum <= 100, "
                    + "were " + a.toPlainString() + " and " + b.toPlainString());
        }
    }

    /** @return the cumulative percentage below which a customer is A, for the configured method */
    BigDecimal aBelow() {
        return method == AbcMethod.REVENUE ? revenueA : countA;
    }

    /** @return the cumulative percentage below which a customer is B (when not A), for the configured method */
    BigDecimal bBelow() {
        return method == AbcMethod.REVENUE ? revenueB : countA.add(countB);
    }

    /**
     * @param asOf the run's as-of date
     * @return the first day of the window, or {@code null} for all history
     */
    LocalDate windowStart(LocalDate asOf) {
        return windowDays == 0 ? null : asOf.minusDays(windowDays - 1L);
    }

    /** @return the window in words */
    String describeWindow(LocalDate asOf) {
        return windowDays == 0 ? "all history up to " + asOf
                : "the last " + windowDays + " days (" + windowStart(asOf) + " to " + asOf + ")";
    }

    /** @return the effective configuration, keyed and written as in a {@code .cfg} file */
    Map<String, String> describe() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("window.days", Integer.toString(windowDays));
        properties.put("method", method.key());
        properties.put("revenue.a.threshold", revenueA.toPlainString());
        properties.put("revenue.b.threshold", revenueB.toPlainString());
        properties.put("count.a.share", countA.toPlainString());
        properties.put("count.b.share", countB.toPlainString());
        return Collections.unmodifiableMap(properties);
    }
}
