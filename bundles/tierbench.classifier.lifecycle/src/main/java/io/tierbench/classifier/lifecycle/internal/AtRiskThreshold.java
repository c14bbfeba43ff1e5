package io.tierbench.classifier.lifecycle.internal;

import io.tierbench.api.model.PurchaseFacts;
import java.math.BigDecimal;

/**
 * A customer's at-risk threshold in days: relative to its own median gap when it has enough purchase dates, else
 * the fixed fallback.
 *
 * @param days the customer is at risk when the days since its last purchase exceed this
 * @param rule how the threshold was found, in words
 */
record AtRiskThreshold(BigDecimal days, String rule) {

    /**
     * Purchase dates, not orders, are counted against the minimum: the gaps are between consecutive purchase dates,
     * so three orders on two dates give one gap, too few for a median worth trusting.
     */
    static AtRiskThreshold of(LifecycleSettings settings, PurchaseFacts facts) {
        Double median = facts.medianGapDays();
        if (facts.purchaseDays() >= settings.minPurchaseDays() && median != null) {
            BigDecimal scaled = settings.gapFactor().multiply(BigDecimal.valueOf(median));
            BigDecimal days = scaled.max(BigDecimal.valueOf(settings.minimumDays()));
            return new AtRiskThreshold(days, "max(" + Numbers.plain(settings.gapFactor()) + " x median gap "
                    + Numbers.plain(BigDecimal.valueOf(median)) + " days, minimum " + settings.minimumDays()
                    + " days), from " + facts.purchaseDays() + " purchase dates");
        }
        return new AtRiskThreshold(BigDecimal.valueOf(settings.fallbackDays()), "the fallback, as "
                + facts.purchaseDays() + " purchase dates are fewer than the " + settings.minPurchaseDays()
                + " the median rule needs");
    }

    /** @return whether {@code daysSinceLast} is beyond the threshold */
    boolean exceededBy(long daysSinceLast) {
        return BigDecimal.valueOf(daysSinceLast).compareTo(days) > 0;
    }

    /** @return e.g. {@code threshold 60 days = max(2 x median gap 30 days, minimum 30 days), from 4 purchase dates} */
    String describe() {
        return "threshold " + Numbers.plain(days) + " days = " + rule;
    }
}
