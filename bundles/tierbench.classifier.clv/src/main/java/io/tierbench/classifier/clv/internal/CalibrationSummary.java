package io.tierbench.classifier.clv.internal;

import io.tierbench.api.model.PurchaseFacts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One customer as BG/NBD and Gamma-Gamma see it, in the definitions of Fader, Hardie and Lee (see the CDNOW
 * README): purchases on one day are one purchase, and the first purchase day starts the clock.
 *
 * @param customerId the customer's external id
 * @param x repeat purchases: purchase days after the first one
 * @param tx recency: time from the first to the last purchase day; 0 when x = 0
 * @param bigT age: time from the first purchase day to the as-of date
 * @param zbar mean value of the repeat purchases (same-day amounts added up); 0 when x = 0
 */
record CalibrationSummary(String customerId, int x, double tx, double bigT, double zbar) {

    /**
     * @param facts a customer with at least one purchase up to {@code asOf}
     * @param unit the time unit of t_x and T
     */
    static CalibrationSummary of(PurchaseFacts facts, LocalDate asOf, TimeUnit unit) {
        int x = facts.purchaseDays() - 1;
        long recencyDays = ChronoUnit.DAYS.between(facts.firstPurchase(), facts.lastPurchase());
        long ageDays = ChronoUnit.DAYS.between(facts.firstPurchase(), asOf);
        double zbar = x == 0 ? 0
                : facts.repeatSpend().divide(BigDecimal.valueOf(x), MathContext.DECIMAL64).doubleValue();
        return new CalibrationSummary(facts.customerId(), x, unit.fromDays(recencyDays), unit.fromDays(ageDays),
                zbar);
    }

    /** @return whether the customer enters the Gamma-Gamma fit: a repeat purchase with a positive mean value */
    boolean hasRepeatSpend() {
        return x > 0 && zbar > 0;
    }
}
