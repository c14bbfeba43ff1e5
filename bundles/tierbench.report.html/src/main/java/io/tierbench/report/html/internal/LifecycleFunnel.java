package io.tierbench.report.html.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The lifecycle section: customers per stage, in the order PRODUCT.md gives the stages (the rules' order). */
final class LifecycleFunnel {

    static final String CLASSIFIER = "lifecycle";
    static final String SCHEME = "stage";

    /** The lifecycle classifier's stage keys, in the order its rules decide them. */
    static final List<String> STAGES = List.of("potential", "won-back", "new", "churned", "at-risk", "active");

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
