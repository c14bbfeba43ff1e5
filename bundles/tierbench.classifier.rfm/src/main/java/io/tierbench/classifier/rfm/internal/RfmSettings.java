package io.tierbench.classifier.rfm.internal;

import io.tierbench.classifier.support.ConfigEntries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated RFM configuration. Plain Java, so validation is tested without an OSGi framework.
 *
 * @param windowDays 0 for all history up to the as-of date, else the number of days counted back from it
 * @param bins the number of scores per metric
 * @param grid the R x FM grid of named segments, complete
 * @param labels the labels with configured overrides applied
 */
record RfmSettings(int windowDays, int bins, SegmentGrid grid, RfmLabels labels) {

    static final int MIN_BINS = 2;
    static final int MAX_BINS = 9;

    /**
     * @throws IllegalArgumentException naming every problem of the configuration
     */
    static RfmSettings from(RfmConfiguration configuration) {
        return of(configuration.window_days(), configuration.score_bins(), configuration.segments(),
                configuration.segment_labels_zh(), configuration.value_labels_en(), configuration.value_labels_zh());
    }

    /**
     * @throws IllegalArgumentException naming every problem of the configuration
     */
    static RfmSettings of(int windowDays, int bins, String[] segments, String[] segmentLabelsZh,
            String[] valueLabelsEn, String[] valueLabelsZh) {
        List<String> problems = new ArrayList<>();
        if (windowDays < 0) {
            problems.add("window.days must be 0 (all history) or a positive number of days, was " + windowDays);
        }
        if (bins < MIN_BINS || bins > MAX_BINS) {
            problems.add("score.bins must be between " + MIN_BINS + " and " + MAX_BINS + ", was " + bins);
            throw invalid(problems);
        }
        SegmentGrid grid = SegmentGrid.parse(segments, bins, problems);
        RfmLabels labels = RfmLabels.of(grid, segmentLabelsZh, valueLabelsEn, valueLabelsZh, problems);
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return new RfmSettings(windowDays, bins, grid, labels);
    }

    private static IllegalArgumentException invalid(List<String> problems) {
        return new IllegalArgumentException("Invalid RFM configuration (" + RfmClassifier.PID + "): "
                + String.join("; ", problems));
    }

    /**
     * @param asOf the run's as-of date
     * @return the first day of the window, or {@code null} for all history
     */
    LocalDate windowStart(LocalDate asOf) {
        return windowDays == 0 ? null : asOf.minusDays(windowDays - 1L);
    }

    /** @return the window in words, e.g. {@code last 90 days (2024-01-02 to 2024-03-31)} */
    String describeWindow(LocalDate asOf) {
        return windowDays == 0 ? "all history up to " + asOf
                : "the last " + windowDays + " days (" + windowStart(asOf) + " to " + asOf + ")";
    }

    /** @return the effective configuration, keyed and written as in a {@code .cfg} file */
    Map<String, String> describe() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("window.days", Integer.toString(windowDays));
        properties.put("score.bins", Integer.toString(bins));
        properties.put("segments", ConfigEntries.join(grid.segments().stream().map(Segment::entry).toList()));
        properties.putAll(labels.describe());
        return Collections.unmodifiableMap(properties);
    }
}
