package io.tierbench.repository.h2.internal;

import io.tierbench.api.model.PurchaseFacts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recomputes the stored facts of the customers a transaction touched, on the transaction's connection so that the
 * facts commit with the orders. When a quarter or more of all customers were touched (a full import), one
 * sequential scan of the orders is cheaper than reading each touched customer's orders through the index.
 *
 * <p>The customer's total spend and last purchase are also copied onto its {@code customers} row (0 and
 * {@code NULL} without purchases), where the customer table's sort indexes read them.
 */
final class PurchaseFactsWriter {

    private static final int SCAN_WHEN_TOUCHED_OUT_OF = 4;

    private final Connection connection;
    private final int batchSize;
    private final OrderFactsScan scan;

    PurchaseFactsWriter(Connection connection, int batchSize, int pageSize) {
        this.connection = connection;
        this.batchSize = batchSize;
        this.scan = new OrderFactsScan(connection, pageSize);
    }

    /** @return the number of customers whose facts were recomputed */
    int recompute(Set<String> customerIds) throws SQLException {
        List<String> sorted = new ArrayList<>(customerIds);
        sorted.sort(null);
        FactsAccumulator scanned = customerIds.size() * SCAN_WHEN_TOUCHED_OUT_OF >= countCustomers()
                ? scan.window(null, null, customerIds::contains) : null;
        for (int start = 0; start < sorted.size(); start += batchSize) {
            List<String> batch = sorted.subList(start, Math.min(sorted.size(), start + batchSize));
            replace(batch, scanned != null ? scanned : scan.customers(batch));
        }
        return sorted.size();
    }

    private long countCustomers() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM customers")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void replace(List<String> customerIds, FactsAccumulator facts) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM purchase_facts WHERE customer_id = ANY(?)");
                PreparedStatement insert = connection.prepareStatement(PurchaseFactsRows.INSERT);
                PreparedStatement sortValues = connection.prepareStatement(
                        "UPDATE customers SET total_spend = ?, last_purchase = ? WHERE external_id = ?")) {
            delete.setArray(1, connection.createArrayOf("VARCHAR", customerIds.toArray()));
            delete.executeUpdate();
            int inserts = 0;
            for (String customerId : customerIds) {
                PurchaseFacts customerFacts = facts.factsOf(customerId);
                if (customerFacts.hasPurchases()) {
                    PurchaseFactsRows.bind(insert, customerFacts);
                    insert.addBatch();
                    inserts++;
                }
                // Without purchases the facts are PurchaseFacts.none: spend 0, no last purchase.
                sortValues.setBigDecimal(1, customerFacts.totalSpend());
                Columns.setDate(sortValues, 2, customerFacts.lastPurchase());
                sortValues.setString(3, customerId);
                sortValues.addBatch();
            }
            if (inserts > 0) {
                insert.executeBatch();
            }
            sortValues.executeBatch();
        }
    }
}
