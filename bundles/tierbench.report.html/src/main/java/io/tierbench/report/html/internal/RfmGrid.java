package io.tierbench.report.html.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.StoredClassification;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The RFM grid section: how many customers sit in each cell of R score by FM score, and the segment of each
 * occupied cell, counted from the RFM classifier's stored {@code r_score} and {@code fm_score} of its
 * {@value #SCHEME} scheme. Customers without those scores (no purchase in the window) are counted apart.
 */
final class RfmGrid {

    static final String CLASSIFIER = "rfm";
    static final String SCHEME = "segment";
    private static final int DEFAULT_BINS = 5;

    private final int bins;
    private final long[][] customers;
    private final String[][] segments;
    private final String language;
    private long scored;
    private long notScored;

    /** @param rfm the RFM classifier as it ran; its {@code score.bins} sizes the grid */
    RfmGrid(ClassifierInfo rfm, String language) {
        this.bins = bins(rfm.configuration().get("score.bins"));
        this.customers = new long[bins + 1][bins + 1];
        this.segments = new String[bins + 1][bins + 1];
        this.language = language;
    }

    /** Counts one stored classification when it is the RFM segment of a customer; ignores the others. */
    void add(StoredClassification stored) {
        Classification classification = stored.classification();
        if (!CLASSIFIER.equals(stored.classifierId()) || !SCHEME.equals(classification.scheme())) {
            return;
        }
        int r = score(classification.scores().get("r_score"));
        int fm = score(classification.scores().get("fm_score"));
        if (r == 0 || fm == 0) {
            notScored++;
            return;
        }
        customers[r][fm]++;
        segments[r][fm] = classification.label().in(language);
        scored++;
    }

    Section section(ClassifierRuns classifiers, PageText text) {
        if (scored + notScored == 0) {
            return Section.omitted(Section.RFM_GRID, classifiers.noLabels(CLASSIFIER));
        }
        List<Map<String, Object>> cells = new ArrayList<>();
        for (int r = 1; r <= bins; r++) {
            for (int fm = 1; fm <= bins; fm++) {
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("r", r);
                cell.put("fm", fm);
                cell.put("customers", customers[r][fm]);
                cell.put("segment", segments[r][fm]);
                cells.add(cell);
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("bins", bins);
        data.put("scored", scored);
        data.put("notScored", notScored);
        data.put("cells", cells);
        data.put("note", text.format("note.rfmGrid", scored, notScored));
        return Section.shown(Section.RFM_GRID, data);
    }

    /** @return the score 1..bins, or 0 when absent or out of range */
    private int score(BigDecimal value) {
        if (value == null || value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(bins)) > 0) {
            return 0;
        }
        return value.intValue();
    }

    private static int bins(String configured) {
        try {
            int bins = configured == null ? DEFAULT_BINS : Integer.parseInt(configured.trim());
            return bins >= 2 && bins <= 10 ? bins : DEFAULT_BINS;
        } catch (NumberFormatException e) {
            // An RFM plugin of another make may describe its configuration differently; the default grid stays.
            return DEFAULT_BINS;
        }
    }
}
