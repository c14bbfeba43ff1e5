package io.tierbench.repository.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads orders into a {@link FactsAccumulator}, one of two ways: every order of a window in storage order, which
 * reads the table sequentially, or the orders of a few customers through the customer index, which costs a random
 * read per order (about four times a sequential one, measured) and so pays only for a small share of customers.
 */
final class OrderFactsScan {

    /** Bounds that include every order, for an open end of a window. */
    static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 30);

    private static final String WINDOW = "SELECT _ROWID_, " + FactsAccumulator.COLUMNS + " FROM orders "
            + "WHERE _ROWID_ > ? AND ordered_at >= ? AND ordered_at < ? ORDER BY _ROWID_ LIMIT ?";
    private static final String OF_CUSTOMERS = "SELECT " + FactsAccumulator.COLUMNS
            + " FROM orders WHERE customer_id = ANY(?)";

    private final Connection connection;
    private final int pageSize;

    OrderFactsScan(Connection connection, int pageSize) {
        this.connection = connection;
        this.pageSize = pageSize;
    }

    /**
     * @param from first day included, {@code null} for all history
     * @param upTo last day included, {@code null} for no limit
     * @param wanted the customers to keep facts of
     */
    FactsAccumulator window(LocalDate from, LocalDate upTo, Predicate<String> wanted) throws SQLException {
        FactsAccumulator facts = new FactsAccumulator(wanted);
        KeysetPages.forEachRow(connection, WINDOW, Long.MIN_VALUE, pageSize, row -> facts.add(row, 2),
                (from == null ? EARLIEST : from).atStartOfDay(), (upTo == null ? LATEST : upTo).plusDays(1).atStartOfDay());
        return facts;
    }

    /** @param customerIds a batch of customers, read with one query */
    FactsAccumulator customers(List<String> customerIds) throws SQLException {
        FactsAccumulator facts = new FactsAccumulator(customerId -> true);
        try (PreparedStatement select = connection.prepareStatement(OF_CUSTOMERS)) {
            select.setArray(1, connection.createArrayOf("VARCHAR", customerIds.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    facts.add(rows, 1);
                }
            }
        }
        return facts;
    }
}
