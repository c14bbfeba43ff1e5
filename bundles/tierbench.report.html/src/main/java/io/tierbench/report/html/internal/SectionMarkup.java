package io.tierbench.report.html.internal;

import java.util.List;
import java.util.Map;

/**
 * The HTML of each section: its heading, its notes, and an empty container per chart, which the dashboard script
 * fills from the page's data ({@code data-chart} names the kind of chart, {@code data-index} which one of the
 * section's list). A section left out gets its heading and the reason instead.
 */
final class SectionMarkup {

    /** The chart kind of each single-chart section, as the dashboard script names it. */
    private static final Map<String, String> CHART_OF = Map.of(Section.RFM_GRID, "rfm-grid", Section.PARETO,
            "pareto", Section.LIFECYCLE, "lifecycle");

    private final PageText text;

    SectionMarkup(PageText text) {
        this.text = text;
    }

    void append(StringBuilder page, Section section) {
        page.append("<section class=\"report-section\" id=\"section-").append(section.id()).append("\">\n<h2>")
                .append(Html.escape(text.get("section." + section.id()))).append("</h2>\n");
        if (!section.isShown()) {
            page.append("<p class=\"omitted\">").append(Html.escape(section.omittedBecause())).append("</p>\n");
        } else {
            appendCharts(page, section.id(), section.data());
        }
        page.append("</section>\n");
    }

    private void appendCharts(StringBuilder page, String id, Map<String, Object> data) {
        switch (id) {
            case Section.DISTRIBUTION -> figures(page, list(data, "charts"), "distribution", "chart small");
            case Section.CLV -> figures(page, list(data, "histograms"), "clv", "chart");
            case Section.SATISFACTION -> {
                note(page, data.get("note"));
                page.append("<div class=\"grid\">\n");
                figure(page, (String) data.get("levelsTitle"), "satisfaction-levels", 0, "chart", null);
                figure(page, text.get("label.companyNps"), "nps", 0, "chart", null);
                page.append("</div>\n");
            }
            case Section.MIGRATION -> migration(page, data);
            case Section.RFM_GRID, Section.PARETO, Section.LIFECYCLE -> {
                note(page, data.get("note"));
                chart(page, CHART_OF.get(id), 0, Section.RFM_GRID.equals(id) ? "chart tall" : "chart",
                        text.get("section." + id));
                if (Section.PARETO.equals(id)) {
                    list(data, "cutoffs").forEach(cutoff -> note(page, cutoff.get("note")));
                }
            }
            default -> throw new IllegalArgumentException("no markup for section " + id);
        }
    }

    private void figures(StringBuilder page, List<Map<String, Object>> items, String kind, String cssClass) {
        page.append("<div class=\"grid\">\n");
        for (int i = 0; i < items.size(); i++) {
            figure(page, String.valueOf(items.get(i).get("title")), kind, i, cssClass, items.get(i).get("note"));
        }
        page.append("</div>\n");
    }

    private void figure(StringBuilder page, String caption, String kind, int index, String cssClass, Object note) {
        page.append("<figure>\n<figcaption>").append(Html.escape(caption)).append("</figcaption>\n");
        chart(page, kind, index, cssClass, caption);
        note(page, note);
        page.append("</figure>\n");
    }

    private void migration(StringBuilder page, Map<String, Object> data) {
        note(page, data.get("note"));
        List<Map<String, Object>> matrices = list(data, "matrices");
        page.append("<p class=\"choose\"><label for=\"migration-select\">").append(Html.escape(
                text.get("migration.choose"))).append("</label> <select id=\"migration-select\">\n");
        for (int i = 0; i < matrices.size(); i++) {
            page.append("<option value=\"").append(i).append("\">")
                    .append(Html.escape(matrices.get(i).get("title"))).append("</option>\n");
        }
        page.append("</select></p>\n<p class=\"note\" id=\"migration-moved\">")
                .append(Html.escape(matrices.get(0).get("note"))).append("</p>\n");
        chart(page, "migration", 0, "chart tall", text.get("section.migration"));
    }

    private static void chart(StringBuilder page, String kind, int index, String cssClass, String label) {
        page.append("<div class=\"").append(cssClass).append("\" data-chart=\"").append(kind)
                .append("\" data-index=\"").append(index).append("\" role=\"img\" aria-label=\"")
                .append(Html.escape(label)).append("\"></div>\n");
    }

    private static void note(StringBuilder page, Object note) {
        if (note != null) {
            page.append("<p class=\"note\">").append(Html.escape(note)).append("</p>\n");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> data, String key) {
        return (List<Map<String, Object>>) data.get(key);
    }
}
