package io.tierbench.classifier.lifecycle.internal;

import io.tierbench.api.model.PurchaseFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The six rules of PRODUCT.md, tried in order; the first that holds decides. "Within the new-customer window"
 * means at most that many days before the as-of date, the complement of "beyond the churn horizon" (more days).
 */
final class StageRules {

    /**
     * @param stage the stage of the first rule that held
     * @param explanation that rule and the numbers it used
     * @param scores {@code days_since_last_purchase}, {@code median_gap_days}, {@code last_gap_days},
     *        {@code threshold_days}, {@code p_alive}, each when the customer has it
     */
    record Decision(Stage stage, String explanation, Map<String, BigDecimal> scores) {
    }

    private final LifecycleSettings settings;
    private final LocalDate asOf;

    StageRules(LifecycleSettings settings, LocalDate asOf) {
        this.settings = settings;
        this.asOf = asOf;
    }

    /**
     * @param facts the customer's purchases up to the as-of date
     * @param pAlive the customer's P(alive), or empty without a lifetime model
     */
    Decision decide(PurchaseFacts facts, OptionalDouble pAlive) {
        if (!facts.hasPurchases()) {
            return new Decision(Stage.POTENTIAL, "Rule 1 (potential): no purchase up to " + asOf + ".", Map.of());
        }
        long days = facts.daysSinceLastPurchase(asOf);
        AtRiskThreshold threshold = AtRiskThreshold.of(settings, facts);
        Decision partial = withPurchases(facts, days, threshold, pAlive);
        return new Decision(partial.stage(), partial.explanation(), scores(facts, days, threshold, pAlive));
    }

    private Decision withPurchases(PurchaseFacts facts, long days, AtRiskThreshold threshold, OptionalDouble pAlive) {
        int window = settings.newWindowDays();
        int horizon = settings.churnHorizonDays();
        if (days <= window && facts.lastGapDays() != null && facts.lastGapDays() > horizon) {
            return decision(Stage.WON_BACK, "last purchase " + days + " days ago (" + facts.lastPurchase()
                    + "), within the new-customer window of " + window + " days, after a gap of "
                    + facts.lastGapDays() + " days, more than the churn horizon of " + horizon + " days.");
        }
        long sinceFirst = ChronoUnit.DAYS.between(facts.firstPurchase(), asOf);
        if (sinceFirst <= window) {
            return decision(Stage.NEW, "first purchase " + sinceFirst + " days ago (" + facts.firstPurchase()
                    + "), within the new-customer window of " + window + " days.");
        }
        String d = "d = " + days + " days since the last purchase (" + facts.lastPurchase() + ")";
        boolean lowForChurn = below(pAlive, settings.churnedBelow());
        if (days > horizon || lowForChurn) {
            String byDays = days > horizon ? d + " > the churn horizon of " + horizon + " days"
                    : d + " is within the churn horizon of " + horizon + " days";
            return decision(Stage.CHURNED, byDays + alive(pAlive, settings.churnedBelow()) + ".");
        }
        boolean lowForRisk = below(pAlive, settings.atRiskBelow());
        String byThreshold = d + (threshold.exceededBy(days) ? " > " : " <= ") + threshold.describe();
        if (threshold.exceededBy(days) || lowForRisk) {
            return decision(Stage.AT_RISK, byThreshold + alive(pAlive, settings.atRiskBelow()) + ".");
        }
        return decision(Stage.ACTIVE, byThreshold + alive(pAlive, settings.atRiskBelow()) + ".");
    }

    private static Decision decision(Stage stage, String reason) {
        String name = stage.key().replace('-', ' ');
        return new Decision(stage, "Rule " + stage.rule() + " (" + name + "): " + reason, Map.of());
    }

    private static boolean below(OptionalDouble pAlive, double bound) {
        return pAlive.isPresent() && pAlive.getAsDouble() < bound;
    }

    /** @return e.g. {@code ; P(alive) 0.05 < 0.1}, or nothing without P(alive) */
    private static String alive(OptionalDouble pAlive, double bound) {
        if (pAlive.isEmpty()) {
            return "";
        }
        double p = pAlive.getAsDouble();
        return "; P(alive) " + Numbers.probability(p) + (p < bound ? " < " : " >= ") + bound;
    }

    private static Map<String, BigDecimal> scores(PurchaseFacts facts, long days, AtRiskThreshold threshold,
            OptionalDouble pAlive) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        scores.put("days_since_last_purchase", BigDecimal.valueOf(days));
        if (facts.medianGapDays() != null) {
            scores.put("median_gap_days", BigDecimal.valueOf(facts.medianGapDays()));
        }
        if (facts.lastGapDays() != null) {
            scores.put("last_gap_days", BigDecimal.valueOf(facts.lastGapDays()));
        }
        scores.put("threshold_days", threshold.days());
        pAlive.ifPresent(p -> scores.put("p_alive", BigDecimal.valueOf(p)));
        return scores;
    }
}
