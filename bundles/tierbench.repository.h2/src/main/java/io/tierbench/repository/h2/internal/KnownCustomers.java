package io.tierbench.repository.h2.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * The customer ids a transaction can see: loaded once, on first use, then kept up to date with the customers the
 * transaction inserts, so that checking an order's customer costs a hash lookup rather than a query.
 */
final class KnownCustomers {

    private final Connection connection;
    private final int pageSize;
    private Set<String> ids;

    KnownCustomers(Connection connection, int pageSize) {
        this.connection = connection;
        this.pageSize = pageSize;
    }

    boolean contains(String customerId) throws SQLException {
        return loaded().contains(customerId);
    }

    /** Records a customer written by the transaction; before the first load the query will see it anyway. */
    void add(String customerId) {
        if (ids != null) {
            ids.add(customerId);
        }
    }

    private Set<String> loaded() throws SQLException {
        if (ids == null) {
            Set<String> loading = new HashSet<>();
            KeysetPages.forEachRow(connection,
                    "SELECT external_id FROM customers WHERE external_id > ? ORDER BY external_id LIMIT ?", "",
                    pageSize, row -> loading.add(row.getString(1)));
            ids = loading;
        }
        return ids;
    }
}
