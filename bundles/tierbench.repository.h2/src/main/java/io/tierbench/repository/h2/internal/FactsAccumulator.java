package io.tierbench.repository.h2.internal;

import io.tierbench.api.model.OrderStatus;
import io.tierbench.api.model.PurchaseFacts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The purchase facts of many customers at once, filled from order rows met in any order: one
 * {@link PurchaseFactsAggregator} per customer with a purchase.
 */
final class FactsAccumulator {

    /** The order columns {@link #add} reads, in this order. */
    static final String COLUMNS = "customer_id, CAST(ordered_at AS DATE), amount, status";

    private final Map<String, PurchaseFactsAggregator> byCustomer = new HashMap<>();
    private final Predicate<String> wanted;

    /** @param wanted the customers to keep facts of; orders of others are skipped */
    FactsAccumulator(Predicate<String> wanted) {
        this.wanted = wanted;
    }

    /** Adds the order in the current row, whose {@link #COLUMNS} start at column {@code first}. */
    void add(ResultSet row, int first) throws SQLException {
        OrderStatus status = OrderStatus.valueOf(row.getString(first + 3));
        String customerId = row.getString(first);
        if (status.isPurchase() && wanted.test(customerId)) {
            byCustomer.computeIfAbsent(customerId, PurchaseFactsAggregator::new)
                    .add(Columns.getDate(row, first + 1), row.getBigDecimal(first + 2), status);
        }
    }

    /** @return the customer's facts; {@link PurchaseFacts#none} without purchases */
    PurchaseFacts factsOf(String customerId) {
        PurchaseFactsAggregator aggregator = byCustomer.get(customerId);
        return aggregator == null ? PurchaseFacts.none(customerId) : aggregator.facts();
    }
}
