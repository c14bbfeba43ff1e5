package io.tierbench.classifier.lifecycle.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated lifecycle configuration. Plain Java, so validation is tested without an OSGi framework.
 *
 * @param newWindowDays a purchase at most this many days before the as-of date is within the new-customer window
 * @param churnHorizonDays churned when the days since the last purchase exceed this
 * @param gapFactor k, the factor on the customer's median gap
 * @param minimumDays the lower bound of the median-gap threshold
 * @param minPurchaseDays distinct purchase dates from which the median rule applies
 * @param fallbackDays the at-risk threshold below that
 * @param churnedBelow churned when P(alive) is below this
 * @param atRiskBelow at risk when P(alive) is below this
 */
record LifecycleSettings(int newWindowDays, int churnHorizonDays, BigDecimal gapFactor, int minimumDays,
        int minPurchaseDays, int fallbackDays, double churnedBelow, double atRiskBelow) {

    /**
     * @throws IllegalArgumentException naming every problem of the configuration
     */
    static LifecycleSettings from(LifecycleConfiguration c) {
        List<String> problems = new ArrayList<>();
        positive("new.window.days", c.new_window_days(), problems);
        positive("churn.horizon.days", c.churn_horizon_days(), problems);
        if (!(c.at_risk_gap_factor() > 0) || Double.isInfinite(c.at_risk_gap_factor())) {
            problems.add("at.risk.gap.factor must be a positive number, was " + c.at_risk_gap_factor());
        }
        if (c.at_risk_minimum_days() < 0) {
            problems.add("at.risk.minimum.days must be 0 or more, was " + c.at_risk_minimum_days());
        }
        if (c.at_risk_min_purchases() < 2) {
            problems.add("at.risk.min.purchases must be at least 2 (a median gap needs two purchase dates), was "
                    + c.at_risk_min_purchases());
        }
        positive("at.risk.fallback.days", c.at_risk_fallback_days(), problems);
        if (!(0 <= c.churned_p_alive_below() && c.churned_p_alive_below() <= c.at_risk_p_alive_below()
                && c.at_risk_p_alive_below() <= 1)) {
            problems.add("P(alive) thresholds must satisfy 0 <= churned.p.alive.below <= at.risk.p.alive.below <= 1,"
                    + " were " + c.churned_p_alive_below() + " and " + c.at_risk_p_alive_below());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid lifecycle configuration (" + LifecycleClassifier.PID + "): "
                    + String.join("; ", problems));
        }
        return new LifecycleSettings(c.new_window_days(), c.churn_horizon_days(),
                BigDecimal.valueOf(c.at_risk_gap_factor()), c.at_risk_minimum_days(), c.at_risk_min_purchases(),
                c.at_risk_fallback_days(), c.churned_p_alive_below(), c.at_risk_p_alive_below());
    }

    private static void positive(String property, int value, List<String> problems) {
        if (value < 1) {
            problems.add(property + " must be a positive number of days, was " + value);
        }
    }

    /** @return the rules in words, for the run summary */
    String describeRules() {
        return "Rules in order: 1 potential (no purchase); 2 won back (last purchase at most " + newWindowDays
                + " days ago after a gap of more than " + churnHorizonDays + " days); 3 new (first purchase at most "
                + newWindowDays + " days ago); 4 churned (d > " + churnHorizonDays + " days, or P(alive) < "
                + churnedBelow + "); 5 at risk (d > max(" + Numbers.plain(gapFactor) + " x median gap, "
                + minimumDays + " days) with at least " + minPurchaseDays + " purchase dates, else d > "
                + fallbackDays + " days; or P(alive) < " + atRiskBelow + "); 6 active.";
    }

    /** @return the effective configuration, keyed and written as in a {@code .cfg} file */
    Map<String, String> describe() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("new.window.days", Integer.toString(newWindowDays));
        properties.put("churn.horizon.days", Integer.toString(churnHorizonDays));
        properties.put("at.risk.gap.factor", gapFactor.toPlainString());
        properties.put("at.risk.minimum.days", Integer.toString(minimumDays));
        properties.put("at.risk.min.purchases", Integer.toString(minPurchaseDays));
        properties.put("at.risk.fallback.days", Integer.toString(fallbackDays));
        properties.put("churned.p.alive.below", Double.toString(churnedBelow));
        properties.put("at.risk.p.alive.below", Double.toString(atRiskBelow));
        return Collections.unmodifiableMap(properties);
    }
}
