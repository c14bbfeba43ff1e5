package io.tierbench.report.html.internal;

import java.util.Map;
import java.util.Objects;

/**
 * One part of the dashboard: the figures its charts are drawn from, or why it is left out.
 *
 * @param id stable id, also the key of its figures in the page's data
 * @param data the figures, as JSON-ready maps and lists; {@code null} when left out
 * @param omittedBecause why the section is left out, for people; {@code null} when shown
 */
record Section(String id, Map<String, Object> data, String omittedBecause) {

    static final String DISTRIBUTION = "distribution";
    static final String RFM_GRID = "rfmGrid";
    static final String PARETO = "pareto";
    static final String CLV = "clv";
    static final String LIFECYCLE = "lifecycle";
    static final String SATISFACTION = "satisfaction";
    static final String MIGRATION = "migration";

    Section {
        Objects.requireNonNull(id, "id");
        if ((data == null) == (omittedBecause == null)) {
            throw new IllegalArgumentException("a section has either figures or a reason to be left out");
        }
    }

    static Section shown(String id, Map<String, Object> data) {
        return new Section(id, data, null);
    }

    static Section omitted(String id, String reason) {
        return new Section(id, null, reason);
    }

    boolean isShown() {
        return data != null;
    }
}
