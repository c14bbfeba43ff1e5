package io.tierbench.repository.h2.internal;

import io.tierbench.api.model.PurchaseFacts;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Streams every customer's purchase facts over a window, in external-id order. A window that covers every purchase
 * reads the stored facts (one row per customer); any other window scans the orders once, in storage order, adds
 * them up per customer in Java, then walks the customers in id order.
 */
final class PurchaseFactsReader {

    private static final String STORED_FACTS = "SELECT c.external_id, " + prefixed(PurchaseFactsRows.VALUE_COLUMNS)
            + " FROM customers c LEFT JOIN purchase_facts f ON f.customer_id = c.external_id"
            + " WHERE c.external_id > ? ORDER BY c.external_id LIMIT ?";
    private static final String CUSTOMER_IDS =
            "SELECT external_id FROM customers WHERE external_id > ? ORDER BY external_id LIMIT ?";

    private final H2Database database;

    PurchaseFactsReader(H2Database database) {
        this.database = database;
    }

    void forEach(LocalDate from, LocalDate upTo, Consumer<PurchaseFacts> visitor) {
        String operation = "forEachPurchaseFacts(" + from + ", " + upTo + ")";
        database.read(operation, connection -> {
            if (coversEveryPurchase(connection, from, upTo)) {
                KeysetPages.forEachRow(connection, STORED_FACTS, "", database.pageSize(),
                        row -> visitor.accept(PurchaseFactsRows.read(row, row.getString(1), 2)));
            } else {
                FactsAccumulator facts = new OrderFactsScan(connection, database.pageSize())
                        .window(from, upTo, customerId -> true);
                KeysetPages.forEachRow(connection, CUSTOMER_IDS, "", database.pageSize(),
                        row -> visitor.accept(facts.factsOf(row.getString(1))));
            }
            return null;
        });
    }

    Optional<LocalDate> latestPurchaseDate() {
        return database.read("latestPurchaseDate", connection -> Optional.ofNullable(latestPurchase(connection)));
    }

    private static boolean coversEveryPurchase(Connection connection, LocalDate from, LocalDate upTo)
            throws SQLException {
        if (from != null) {
            return false;
        }
        if (upTo == null) {
            return true;
        }
        LocalDate latest = latestPurchase(connection);
        return latest == null || !upTo.isBefore(latest);
    }

    private static LocalDate latestPurchase(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT MAX(last_purchase) FROM purchase_facts")) {
            return rows.next() ? Columns.getDate(rows, 1) : null;
        }
    }

    private static String prefixed(String columns) {
        return "f." + columns.replace(", ", ", f.");
    }
}
