package io.tierbench.classifier.clv.internal;

import io.tierbench.classifier.support.ConfigEntries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated CLV configuration. Plain Java, so validation is tested without an OSGi framework.
 *
 * @param predictive whether the predictive scheme (and so the model fit) is on
 * @param historical whether the historical scheme is on
 * @param unit time unit of the model
 * @param horizonMonths months ahead in expected purchases and predictive CLV
 * @param discountRate monthly discount rate
 * @param margin gross margin, both methods
 * @param lifetimeYears historical expected lifetime
 * @param minTenureDays historical minimum tenure
 * @param shares the quantile rule ({@code tier.shares}), used by a scheme without thresholds
 * @param predictiveTiers tier rule of the predictive scheme
 * @param historicalTiers tier rule of the historical scheme
 * @param labels tier labels
 * @param fitter the configured model fitter
 */
record ClvSettings(boolean predictive, boolean historical, TimeUnit unit, int horizonMonths, BigDecimal discountRate,
        BigDecimal margin, BigDecimal lifetimeYears, int minTenureDays, TierRule shares, TierRule predictiveTiers,
        TierRule historicalTiers, ClvLabels labels, FitSettings fitter) {

    /** @throws IllegalArgumentException naming every problem of the configuration */
    static ClvSettings from(ClvConfiguration c) {
        List<String> problems = new ArrayList<>();
        List<String> schemes = ConfigEntries.list(c.schemes());
        schemes.stream().filter(s -> !List.of(ClvRun.PREDICTIVE, ClvRun.HISTORICAL).contains(s))
                .forEach(s -> problems.add("schemes: '" + s + "' is not predictive or historical"));
        TimeUnit unit = parseUnit(c.time_unit(), problems);
        BigDecimal rate = decimal("discount.rate.monthly", c.discount_rate_monthly(), BigDecimal.ONE, problems);
        BigDecimal margin = decimal("margin", c.margin(), BigDecimal.ONE, problems);
        BigDecimal years = decimal("historical.lifetime.years", c.historical_lifetime_years(), null, problems);
        positive("horizon.months", c.horizon_months(), 1, problems);
        positive("historical.min.tenure.days", c.historical_min_tenure_days(), 1, problems);
        FitSettings fitter = FitSettings.of(c, problems);
        TierRule quantiles = TierRule.quantiles(ConfigEntries.list(c.tier_shares()), problems);
        TierRule predictiveTiers = tiers("tier.thresholds.predictive", c.tier_thresholds_predictive(), quantiles,
                problems);
        TierRule historicalTiers = tiers("tier.thresholds.historical", c.tier_thresholds_historical(), quantiles,
                problems);
        ClvLabels labels = ClvLabels.of(c.tier_labels_en(), c.tier_labels_zh(), problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid CLV configuration (" + ClvClassifier.PID + "): "
                    + String.join("; ", problems));
        }
        return new ClvSettings(schemes.contains(ClvRun.PREDICTIVE), schemes.contains(ClvRun.HISTORICAL), unit,
                c.horizon_months(), rate, margin, years, c.historical_min_tenure_days(), quantiles, predictiveTiers,
                historicalTiers, labels, fitter);
    }

    private static TimeUnit parseUnit(String value, List<String> problems) {
        try {
            return TimeUnit.parse(value);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return TimeUnit.WEEKS;
        }
    }

    private static TierRule tiers(String property, String[] thresholds, TierRule quantiles, List<String> problems) {
        List<String> entries = ConfigEntries.list(thresholds);
        return entries.isEmpty() ? quantiles : TierRule.thresholds(property, entries, problems);
    }

    /** @param max inclusive upper bound, or {@code null} for none */
    static BigDecimal decimal(String property, String value, BigDecimal max, List<String> problems) {
        try {
            BigDecimal number = new BigDecimal(value == null ? "" : value.trim());
            if (number.signum() < 0 || max != null && number.compareTo(max) > 0) {
                problems.add(property + " must be between 0 and " + (max == null ? "any" : max) + ", was " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            problems.add(property + " must be a decimal number, was '" + value + "'");
            return BigDecimal.ZERO;
        }
    }

    static void positive(String property, int value, int min, List<String> problems) {
        if (value < min) {
            problems.add(property + " must be at least " + min + ", was " + value);
        }
    }

    /** @return the effective configuration, keyed and written as in a {@code .cfg} file */
    Map<String, String> describe() {
        Map<String, String> p = new LinkedHashMap<>();
        List<String> schemes = new ArrayList<>();
        if (predictive) {
            schemes.add(ClvRun.PREDICTIVE);
        }
        if (historical) {
            schemes.add(ClvRun.HISTORICAL);
        }
        p.put("schemes", ConfigEntries.join(schemes));
        p.put("time.unit", unit.key());
        p.put("horizon.months", Integer.toString(horizonMonths));
        p.put("discount.rate.monthly", discountRate.toPlainString());
        p.put("margin", margin.toPlainString());
        p.put("historical.lifetime.years", lifetimeYears.toPlainString());
        p.put("historical.min.tenure.days", Integer.toString(minTenureDays));
        p.put("tier.shares", shares.entries());
        p.put("tier.thresholds.predictive", predictiveTiers.byThresholds() ? predictiveTiers.entries() : "");
        p.put("tier.thresholds.historical", historicalTiers.byThresholds() ? historicalTiers.entries() : "");
        p.putAll(labels.describe());
        p.putAll(fitter.describe());
        return Collections.unmodifiableMap(p);
    }
}
