package io.tierbench.repository.h2.internal;

import io.tierbench.api.model.PurchaseFacts;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** The {@code purchase_facts} table: one row per customer with at least one purchase. */
final class PurchaseFactsRows {

    /** The value columns, read by {@link #read} in this order. */
    static final String VALUE_COLUMNS = "first_purchase, last_purchase, purchase_count, purchase_days, total_spend, "
            + "repeat_spend, max_order_amount, median_gap_days, last_gap_days";

    static final String INSERT = "INSERT INTO purchase_facts (customer_id, " + VALUE_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private PurchaseFactsRows() {
    }

    static void bind(PreparedStatement statement, PurchaseFacts facts) throws SQLException {
        statement.setString(1, facts.customerId());
        Columns.setDate(statement, 2, facts.firstPurchase());
        Columns.setDate(statement, 3, facts.lastPurchase());
        statement.setInt(4, facts.purchaseCount());
        statement.setInt(5, facts.purchaseDays());
        statement.setBigDecimal(6, facts.totalSpend());
        statement.setBigDecimal(7, facts.repeatSpend());
        statement.setBigDecimal(8, facts.maxOrderAmount());
        statement.setObject(9, facts.medianGapDays(), Types.DOUBLE);
        Columns.setInteger(statement, 10, facts.lastGapDays());
    }

    /**
     * Reads the {@link #VALUE_COLUMNS} starting at column {@code first}; a row without facts (a customer outer-joined
     * to no facts) reads as {@link PurchaseFacts#none}.
     */
    static PurchaseFacts read(ResultSet rows, String customerId, int first) throws SQLException {
        if (Columns.getDate(rows, first) == null) {
            return PurchaseFacts.none(customerId);
        }
        return new PurchaseFacts(customerId, Columns.getDate(rows, first), Columns.getDate(rows, first + 1),
                rows.getInt(first + 2), rows.getInt(first + 3), Money.canonical(rows.getBigDecimal(first + 4)),
                Money.canonical(rows.getBigDecimal(first + 5)), Money.canonical(rows.getBigDecimal(first + 6)),
                rows.getObject(first + 7, Double.class), Columns.getInteger(rows, first + 8));
    }
}
