package io.tierbench.classifier.satisfaction.internal;

import io.tierbench.classifier.support.ConfigEntries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A validated satisfaction configuration. Plain Java, so validation is tested without an OSGi framework.
 *
 * @param windowDays 0 for all history up to the as-of date, else the days counted back from it, as-of included
 * @param csatHigh the lowest CSAT mean that is high
 * @param csatMedium the lowest CSAT mean that is medium
 * @param complaintDays the days counted back from the as-of date, as-of included, for recent complaints
 * @param complaintMediumCount recent complaints that cap the level at medium; 0 = never
 * @param complaintLowCount recent complaints that make the level low; 0 = never
 * @param positiveKeywords the positive keywords as configured
 * @param negativeKeywords the negative keywords as configured
 */
record SatisfactionSettings(int windowDays, BigDecimal csatHigh, BigDecimal csatMedium, int complaintDays,
        int complaintMediumCount, int complaintLowCount, List<String> positiveKeywords,
        List<String> negativeKeywords) {

    private static final double CSAT_MIN = 1;
    private static final double CSAT_MAX = 5;

    /**
     * @throws IllegalArgumentException naming every problem of the configuration
     */
    static SatisfactionSettings from(SatisfactionConfiguration c) {
        List<String> problems = new ArrayList<>();
        nonNegative("window.days", c.window_days(), problems);
        checkCsat(c.csat_high(), c.csat_medium(), problems);
        checkComplaints(c.complaint_days(), c.complaint_medium_count(), c.complaint_low_count(), problems);
        List<String> positive = ConfigEntries.list(c.polarity_positive());
        List<String> negative = ConfigEntries.list(c.polarity_negative());
        reportShared(positive, negative, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid satisfaction configuration (" + SatisfactionClassifier.PID
                    + "): " + String.join("; ", problems));
        }
        return new SatisfactionSettings(c.window_days(), BigDecimal.valueOf(c.csat_high()),
                BigDecimal.valueOf(c.csat_medium()), c.complaint_days(), c.complaint_medium_count(),
                c.complaint_low_count(), List.copyOf(positive), List.copyOf(negative));
    }

    private static void checkCsat(double high, double medium, List<String> problems) {
        checkCsat("csat.high", high, problems);
        checkCsat("csat.medium", medium, problems);
        if (high < medium) {
            problems.add("csat.high (" + high + ") must not be below csat.medium (" + medium + ")");
        }
    }

    private static void checkComplaints(int days, int mediumCount, int lowCount, List<String> problems) {
        if (days < 1) {
            problems.add("complaint.days must be a positive number of days, was " + days);
        }
        nonNegative("complaint.medium.count", mediumCount, problems);
        nonNegative("complaint.low.count", lowCount, problems);
        if (mediumCount > 0 && lowCount > 0 && mediumCount > lowCount) {
            problems.add("complaint.medium.count (" + mediumCount + ") must not exceed complaint.low.count ("
                    + lowCount + ")");
        }
    }

    private static void nonNegative(String property, int value, List<String> problems) {
        if (value < 0) {
            problems.add(property + " must be 0 or more, was " + value);
        }
    }

    private static void checkCsat(String property, double value, List<String> problems) {
        if (!(value >= CSAT_MIN && value <= CSAT_MAX)) {
            problems.add(property + " must be a CSAT mean from 1 to 5, was " + value);
        }
    }

    private static void reportShared(List<String> positive, List<String> negative, List<String> problems) {
        Set<String> positives = new HashSet<>();
        positive.forEach(k -> positives.add(k.toLowerCase(Locale.ROOT)));
        for (String keyword : negative) {
            if (positives.contains(keyword.toLowerCase(Locale.ROOT))) {
                problems.add("keyword '" + keyword + "' is in both polarity.positive and polarity.negative");
            }
        }
    }

    /** @return the lexicon of the configured keywords */
    PolarityLexicon lexicon() {
        return new PolarityLexicon(positiveKeywords, negativeKeywords);
    }

    /** @return the first day of the interaction window, or {@code null} for all history */
    LocalDate windowStart(LocalDate asOf) {
        return windowDays == 0 ? null : asOf.minusDays(windowDays - 1L);
    }

    /** @return the first day of the complaint window */
    LocalDate complaintStart(LocalDate asOf) {
        return asOf.minusDays(complaintDays - 1L);
    }

    /** @return the window in words, e.g. {@code the last 365 days (2024-04-01 to 2025-03-31)} */
    String describeWindow(LocalDate asOf) {
        return windowDays == 0 ? "all history up to " + asOf
                : "the last " + windowDays + " days (" + windowStart(asOf) + " to " + asOf + ")";
    }

    /** @return the effective configuration, keyed and written as in a {@code .cfg} file */
    Map<String, String> describe() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("window.days", Integer.toString(windowDays));
        properties.put("csat.high", csatHigh.toPlainString());
        properties.put("csat.medium", csatMedium.toPlainString());
        properties.put("complaint.days", Integer.toString(complaintDays));
        properties.put("complaint.medium.count", Integer.toString(complaintMediumCount));
        properties.put("complaint.low.count", Integer.toString(complaintLowCount));
        properties.put("polarity.positive", ConfigEntries.join(positiveKeywords));
        properties.put("polarity.negative", ConfigEntries.join(negativeKeywords));
        return Collections.unmodifiableMap(properties);
    }
}
