package io.tierbench.repository.h2.internal;

import io.tierbench.api.model.Order;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams every order in customer and time order, one batch of customers per query: each query reads the batch's
 * orders through the customer index and sorts that batch only, so neither H2 nor Java ever holds all orders.
 */
final class OrderStream {

    private static final String CUSTOMER_IDS =
            "SELECT external_id FROM customers WHERE external_id > ? ORDER BY external_id LIMIT ?";
    private static final String ORDERS_OF_CUSTOMERS = "SELECT " + OrderMapping.INSTANCE.selectColumns()
            + " FROM orders WHERE customer_id = ANY(?) AND ordered_at < ? ORDER BY customer_id, ordered_at, order_id";

    private final Connection connection;
    private final int customersPerQuery;

    OrderStream(Connection connection, int customersPerQuery) {
        this.connection = connection;
        this.customersPerQuery = customersPerQuery;
    }

    /** @param upTo last day included, {@code null} for all */
    void forEach(LocalDate upTo, Consumer<Order> visitor) throws SQLException {
        LocalDate end = (upTo == null ? OrderFactsScan.LATEST : upTo).plusDays(1);
        try (PreparedStatement select = connection.prepareStatement(ORDERS_OF_CUSTOMERS)) {
            Columns.setTimestamp(select, 2, end.atStartOfDay());
            String after = "";
            List<String> customerIds;
            while (!(customerIds = customerIdsAfter(after)).isEmpty()) {
                select.setArray(1, connection.createArrayOf("VARCHAR", customerIds.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        visitor.accept(OrderMapping.INSTANCE.read(rows));
                    }
                }
                after = customerIds.get(customerIds.size() - 1);
            }
        }
    }

    private List<String> customerIdsAfter(String after) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(CUSTOMER_IDS)) {
            select.setString(1, after);
            select.setInt(2, customersPerQuery);
            List<String> ids = new ArrayList<>(customersPerQuery);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }
}
