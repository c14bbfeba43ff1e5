package io.tierbench.classifier.clv.internal;

import io.tierbench.api.model.PurchaseFacts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Historical CLV = average order value x purchases per year x margin x expected lifetime, with purchases per year
 * = F x 365 / tenure and tenure = days from the first purchase to the as-of date, at least the minimum. Exact
 * decimal arithmetic, rounded to cents once at the end.
 *
 * @param value the CLV, 2 decimals
 * @param averageOrderValue total spend / F
 * @param purchasesPerYear F x 365 / tenure
 * @param tenureDays the tenure used, after the minimum
 */
record HistoricalClv(BigDecimal value, BigDecimal averageOrderValue, BigDecimal purchasesPerYear, long tenureDays) {

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

    static HistoricalClv of(PurchaseFacts facts, LocalDate asOf, ClvSettings settings) {
        long tenure = Math.max(ChronoUnit.DAYS.between(facts.firstPurchase(), asOf), settings.minTenureDays());
        BigDecimal purchases = BigDecimal.valueOf(facts.purchaseCount());
        BigDecimal averageOrderValue = facts.totalSpend().divide(purchases, MathContext.DECIMAL128);
        BigDecimal perYear = purchases.multiply(DAYS_PER_YEAR).divide(BigDecimal.valueOf(tenure),
                MathContext.DECIMAL128);
        BigDecimal value = averageOrderValue.multiply(perYear).multiply(settings.margin())
                .multiply(settings.lifetimeYears()).setScale(2, RoundingMode.HALF_UP);
        return new HistoricalClv(value, averageOrderValue, perYear, tenure);
    }

    String explain(PurchaseFacts facts, ClvSettings settings) {
        return String.format(Locale.ROOT, "Historical CLV %s = average order value %s (spend %s / %d purchases) x "
                + "%s purchases a year (%d x 365 / %d days of tenure, at least %d) x margin %s x %s years",
                value.toPlainString(), round(averageOrderValue), facts.totalSpend().toPlainString(),
                facts.purchaseCount(), round(purchasesPerYear), facts.purchaseCount(), tenureDays,
                settings.minTenureDays(), settings.margin().toPlainString(),
                settings.lifetimeYears().toPlainString());
    }

    private static String round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
