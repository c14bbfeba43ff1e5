package io.tierbench.report.html.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The satisfaction section: customers per satisfaction level, and the company NPS from the customers' NPS
 * categories (each customer's latest answer): % promoters minus % detractors over the customers who answered, to
 * one decimal, as the satisfaction classifier defines it.
 */
final class SatisfactionSummary {

    static final String CLASSIFIER = "satisfaction";
    static final String LEVEL_SCHEME = "level";
    static final String NPS_SCHEME = "nps";

    private static final List<String> LEVELS = List.of("high", "medium", "low", "unknown");
    private static final List<String> CATEGORIES = List.of("promoter", "passive", "detractor", "no-answer");

    private SatisfactionSummary() {
    }

    static Section of(Distribution distribution, ClassifierRuns classifiers, PageText text) {
        if (distribution.of(CLASSIFIER, LEVEL_SCHEME).isEmpty() && distribution.of(CLASSIFIER, NPS_SCHEME).isEmpty()) {
            return Section.omitted(Section.SATISFACTION, classifiers.noLabels(CLASSIFIER));
        }
        long promoters = distribution.count(CLASSIFIER, NPS_SCHEME, "promoter");
        long passives = distribution.count(CLASSIFIER, NPS_SCHEME, "passive");
        long detractors = distribution.count(CLASSIFIER, NPS_SCHEME, "detractor");
        long noAnswer = distribution.count(CLASSIFIER, NPS_SCHEME, "no-answer");
        BigDecimal score = companyNps(promoters, passives, detractors);
        Map<String, Object> nps = new LinkedHashMap<>();
        nps.put("score", score);
        nps.put("promoters", promoters);
        nps.put("passives", passives);
        nps.put("detractors", detractors);
        nps.put("noAnswer", noAnswer);
        nps.put("categories", distribution.ordered(CLASSIFIER, NPS_SCHEME, CATEGORIES, text.language()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("levelsTitle", classifiers.title(CLASSIFIER, LEVEL_SCHEME));
        data.put("levels", distribution.ordered(CLASSIFIER, LEVEL_SCHEME, LEVELS, text.language()));
        data.put("nps", nps);
        data.put("note", text.format("note.nps", score == null ? text.get("note.npsNone") : signed(score),
                promoters, passives, detractors, noAnswer));
        return Section.shown(Section.SATISFACTION, data);
    }

    /** @return the NPS, -100 to +100, to one decimal; {@code null} when nobody answered */
    static BigDecimal companyNps(long promoters, long passives, long detractors) {
        long answers = promoters + passives + detractors;
        if (answers == 0) {
            return null;
        }
        return BigDecimal.valueOf(100 * (promoters - detractors)).divide(BigDecimal.valueOf(answers), 1,
                RoundingMode.HALF_UP);
    }

    static String signed(BigDecimal score) {
        return (score.signum() > 0 ? "+" : "") + score.toPlainString();
    }
}
