package io.tierbench.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What one customer's purchases add up to, over a period. Computed once per run (or kept up to date at import) and
 * shared by every classifier, so that a run costs in proportion to customers, not orders.
 *
 * <p>Only orders that count as purchases ({@link OrderStatus#isPurchase()}) enter the facts. A customer with no
 * purchase has {@code purchaseCount == 0} and {@code null} dates.
 *
 * @param customerId the customer's external id
 * @param firstPurchase date of the first purchase, or {@code null}
 * @param lastPurchase date of the last purchase, or {@code null}
 * @param purchaseCount number of purchase orders
 * @param purchaseDays number of distinct dates with a purchase (same-day purchases merged)
 * @param totalSpend sum of the purchase amounts; zero when none
 * @param repeatSpend sum of the amounts of purchases on days after the first purchase day; zero when none
 * @param maxOrderAmount the largest single purchase amount; zero when none
 * @param medianGapDays median of the days between consecutive purchase dates, or {@code null} with fewer than two
 *        purchase days
 * @param lastGapDays days between the last two purchase dates, or {@code null} with fewer than two purchase days
 * @since 1.0
 */
public record PurchaseFacts(String customerId, LocalDate firstPurchase, LocalDate lastPurchase, int purchaseCount,
        int purchaseDays, BigDecimal totalSpend, BigDecimal repeatSpend, BigDecimal maxOrderAmount,
        Double medianGapDays, Integer lastGapDays) {

    public PurchaseFacts {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(totalSpend, "totalSpend");
        Objects.requireNonNull(repeatSpend, "repeatSpend");
        Objects.requireNonNull(maxOrderAmount, "maxOrderAmount");
    }

    /** The facts of a customer who has bought nothing. */
    public static PurchaseFacts none(String customerId) {
        return new PurchaseFacts(customerId, null, null, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                null, null);
    }

    /** @return whether the customer has at least one purchase */
    public boolean hasPurchases() {
        return purchaseCount > 0;
    }

    /** @return whole days from the last purchase to {@code asOf}; only meaningful when {@link #hasPurchases()} */
    public long daysSinceLastPurchase(LocalDate asOf) {
        return java.time.temporal.ChronoUnit.DAYS.between(lastPurchase, asOf);
    }
}
