package io.tierbench.report.html.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lifecycle section: customers per stage in the order a customer lives them — potential, new, active, at risk,
 * churned — with won back last, beside the funnel rather than in it (the rules decide the stages in another order).
 */
final class LifecycleFunnel {

    static final String CLASSIFIER = "lifecycle";
    static final String SCHEME = "stage";

    /** The lifecycle classifier's stage keys, in the order of a customer's life. */
    static final List<String> STAGES = List.of("potential", "new", "active", "at-risk", "churned", "won-back");

    private LifecycleFunnel() {
    }

    static Section of(Distribution distribution, ClassifierRuns classifiers, PageText text) {
        List<Map<String, Object>> stages = distribution.ordered(CLASSIFIER, SCHEME, STAGES, text.language());
        if (stages.isEmpty()) {
            return Section.omitted(Section.LIFECYCLE, classifiers.noLabels(CLASSIFIER));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("total", distribution.total(CLASSIFIER, SCHEME));
        data.put("stages", stages);
        return Section.shown(Section.LIFECYCLE, data);
    }
}
