package io.tierbench.repository.h2.internal;

import io.tierbench.api.model.Order;
import io.tierbench.api.model.OrderStatus;
import io.tierbench.api.model.PurchaseFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Adds up one customer's orders into {@link PurchaseFacts}, in plain Java: the one definition of the facts, used
 * when a commit refreshes the stored facts and when a run asks for a window. Orders may be added in any order;
 * those that are not purchases (refunds, cancellations) are ignored.
 *
 * <p>Compact on purpose, because a whole-table scan keeps one aggregator per customer: four bytes per purchase date
 * plus a few fields, and the dates are only sorted and merged when the facts are asked for.
 */
final class PurchaseFactsAggregator {

    private static final int NO_DAY = Integer.MAX_VALUE;

    private final String customerId;
    /** Epoch days of the purchases, unsorted, same-day purchases repeated. */
    private int[] purchaseDays = new int[4];
    private int purchaseCount;
    private BigDecimal totalSpend = BigDecimal.ZERO;
    private BigDecimal maxOrderAmount = BigDecimal.ZERO;
    private int firstDay = NO_DAY;
    private BigDecimal firstDaySpend = BigDecimal.ZERO;

    PurchaseFactsAggregator(String customerId) {
        this.customerId = customerId;
    }

    /** @return the facts of the given orders of one customer */
    static PurchaseFacts of(String customerId, Iterable<Order> orders) {
        PurchaseFactsAggregator aggregator = new PurchaseFactsAggregator(customerId);
        orders.forEach(aggregator::add);
        return aggregator.facts();
    }

    /** @throws IllegalArgumentException when the order belongs to another customer */
    void add(Order order) {
        if (!order.customerId().equals(customerId)) {
            throw new IllegalArgumentException("order " + order.orderId() + " of customer " + order.customerId()
                    + " added to the facts of customer " + customerId);
        }
        add(order.orderedAt().toLocalDate(), order.amount(), order.status());
    }

    void add(LocalDate date, BigDecimal amount, OrderStatus status) {
        if (!status.isPurchase()) {
            return;
        }
        int day = Math.toIntExact(date.toEpochDay());
        if (purchaseCount == purchaseDays.length) {
            purchaseDays = Arrays.copyOf(purchaseDays, purchaseCount * 2);
        }
        purchaseDays[purchaseCount++] = day;
        totalSpend = totalSpend.add(amount);
        if (amount.compareTo(maxOrderAmount) > 0) {
            maxOrderAmount = amount;
        }
        if (day < firstDay) {
            firstDay = day;
            firstDaySpend = amount;
        } else if (day == firstDay) {
            firstDaySpend = firstDaySpend.add(amount);
        }
    }

    PurchaseFacts facts() {
        if (purchaseCount == 0) {
            return PurchaseFacts.none(customerId);
        }
        int[] dates = distinctSortedDays();
        int[] gaps = new int[dates.length - 1];
        for (int i = 0; i < gaps.length; i++) {
            gaps[i] = dates[i + 1] - dates[i];
        }
        return new PurchaseFacts(customerId, LocalDate.ofEpochDay(dates[0]),
                LocalDate.ofEpochDay(dates[dates.length - 1]), purchaseCount, dates.length,
                Money.canonical(totalSpend), Money.canonical(totalSpend.subtract(firstDaySpend)),
                Money.canonical(maxOrderAmount), median(gaps), gaps.length == 0 ? null : gaps[gaps.length - 1]);
    }

    private int[] distinctSortedDays() {
        int[] sorted = Arrays.copyOf(purchaseDays, purchaseCount);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[distinct - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }

    /** @return the middle gap, the mean of the two middle gaps for an even count, {@code null} without gaps */
    static Double median(int[] gaps) {
        if (gaps.length == 0) {
            return null;
        }
        int[] sorted = gaps.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
