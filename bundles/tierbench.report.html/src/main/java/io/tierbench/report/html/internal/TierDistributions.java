package io.tierbench.report.html.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tier distribution section: one bar chart per classifier and scheme, any classifier included. */
final class TierDistributions {

    private TierDistributions() {
    }

    static Section of(Distribution distribution, ClassifierRuns classifiers, PageText text) {
        List<Map<String, Object>> charts = new ArrayList<>();
        for (Distribution.Scheme scheme : distribution.schemes()) {
            Map<String, Object> chart = new LinkedHashMap<>();
            chart.put("classifier", scheme.classifierId());
            chart.put("scheme", scheme.scheme());
            chart.put("title", classifiers.title(scheme.classifierId(), scheme.scheme()));
            chart.put("total", distribution.total(scheme.classifierId(), scheme.scheme()));
            chart.put("bars", distribution.ordered(scheme.classifierId(), scheme.scheme(), List.of(),
                    text.language()));
            charts.add(chart);
        }
        if (charts.isEmpty()) {
            return Section.omitted(Section.DISTRIBUTION, text.get("note.noDistribution"));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("charts", charts);
        return Section.shown(Section.DISTRIBUTION, data);
    }
}
