package io.tierbench.repository.h2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.Label;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.api.repository.RepositoryException;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.api.repository.StoredClassification;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaMigratorTest {

    @Test
    void newDatabaseIsMigratedToTheLatestVersionAndRecordsIt() throws SQLException {
        try (H2Database database = TestDatabases.inMemory(); Connection connection = database.connect("test")) {
            assertEquals(5, new SchemaMigrator(connection).currentVersion());
            assertEquals(5L, queryLong(connection, "SELECT COUNT(*) FROM schema_version"));
            assertEquals(0L, queryLong(connection, "SELECT COUNT(*) FROM purchase_facts"));
            assertEquals(0L, queryLong(connection, "SELECT COUNT(*) FROM customer_tags"));
        }
    }

    @Test
    void reopeningADatabaseAtTheLatestVersionChangesNothing() throws SQLException {
        Path location = TestDatabases.newFileLocation("reopen");
        try (H2Database database = TestDatabases.file(location)) {
            TestData.store(new H2CustomerRepository(database), List.of(Customer.of("c1", "Kept")), List.of());
        }
        try (H2Database reopened = TestDatabases.file(location); Connection connection = reopened.connect("test")) {
            assertEquals(List.of(), new SchemaMigrator(connection).migrate());
            assertEquals(5L, queryLong(connection, "SELECT COUNT(*) FROM schema_version"));
            assertEquals("Kept", new H2CustomerRepository(reopened).findCustomer("c1").orElseThrow().name());
        }
    }

    @Test
    void aVersion1DatabaseMigratesToTheLatestVersionWithItsDataIntact() throws SQLException {
        Path location = TestDatabases.newFileLocation("v1");
        String url = "jdbc:h2:file:" + location;
        Classification champion = new Classification("c1", "segment", new Label("champions", "Champions", "冠军客户"),
                Map.of("r_score", new BigDecimal("5")), "R=5");
        Classification lost = new Classification("c2", "segment", new Label("lost", "Lost", "已流失"), Map.of(),
                "R=1");
        // What a version 1 bundle left behind: its schema, customers, orders with their facts, and a run.
        try (Connection keepOpen = DriverManager.getConnection(url, "sa", "")) {
            assertEquals(List.of(1), new SchemaMigrator(keepOpen, List.of("V1__initial_schema.sql")).migrate());
            try (H2RepositoryTransaction transaction = new H2RepositoryTransaction(
                    DriverManager.getConnection(url, "sa", ""), 3, 30)) {
                transaction.upsertCustomers(List.of(TestData.fullCustomer("c1"), Customer.of("c2", "Li")));
                transaction.commit();
            }
            // Today's commit would also write the sort values V5 adds: the orders and their facts as V1 wrote them.
            List<Order> orders = List.of(TestData.completed("o1", "c1", "2024-03-01T10:00", "12.5"),
                    TestData.completed("o2", "c1", "2024-04-01T10:00", "7.5"));
            new BatchUpserter<>(keepOpen, OrderMapping.INSTANCE, 3).upsert(orders);
            try (PreparedStatement insert = keepOpen.prepareStatement(PurchaseFactsRows.INSERT)) {
                PurchaseFactsRows.bind(insert, PurchaseFactsAggregator.of("c1", orders));
                insert.executeUpdate();
            }
            execute(keepOpen, "INSERT INTO runs (run_id, as_of, started_at, finished_at) VALUES (1, "
                    + "DATE '2024-06-30', TIMESTAMP WITH TIME ZONE '2024-06-30 08:00:00+00', "
                    + "TIMESTAMP WITH TIME ZONE '2024-06-30 08:01:00+00')");
            execute(keepOpen, "INSERT INTO run_classifiers (run_id, classifier_id, succeeded) VALUES (1, 'rfm', TRUE)");
            ClassificationRows.insert(keepOpen, 1, "rfm", List.of(lost, champion), 3);
        }

        try (H2Database database = TestDatabases.file(location); Connection connection = database.connect("test")) {
            assertEquals(5, new SchemaMigrator(connection).currentVersion());
            assertEquals(5L, queryLong(connection, "SELECT COUNT(*) FROM schema_version"));
            H2CustomerRepository customers = new H2CustomerRepository(database);
            assertEquals(TestData.fullCustomer("c1"), customers.findCustomer("c1").orElseThrow());
            assertEquals(2, customers.countCustomers());
            assertEquals(2, customers.countOrders());
            List<PurchaseFacts> facts = new ArrayList<>();
            customers.forEachPurchaseFacts(null, null, facts::add);
            assertEquals(new BigDecimal("20.00"), facts.get(0).totalSpend());
            H2RunRepository runs = new H2RunRepository(database);
            assertEquals(Map.of("c1", "champions", "c2", "lost"), runs.labels(1, "rfm", "segment"));
            List<StoredClassification> stored = new ArrayList<>();
            runs.forEachClassification(1, stored::add);
            assertEquals(List.of(new StoredClassification("rfm", champion), new StoredClassification("rfm", lost)),
                    stored);
            assertEquals(1L, queryLong(connection, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES "
                    + "WHERE INDEX_NAME = 'CLASSIFICATIONS_CUSTOMER_SCHEME'"));
            assertEquals(0L, queryLong(connection, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES "
                    + "WHERE INDEX_NAME = 'CLASSIFICATIONS_CUSTOMER'"));
            // V5 copied the facts' total spend and last purchase onto the customers, for the customer table's sorts.
            assertEquals("20.0000 2024-04-01", queryString(connection,
                    "SELECT total_spend || ' ' || last_purchase FROM customers WHERE external_id = 'c1'"));
            assertEquals("0.0000 null", queryString(connection,
                    "SELECT total_spend || ' ' || COALESCE(CAST(last_purchase AS VARCHAR), 'null') FROM customers "
                    + "WHERE external_id = 'c2'"));

            try (RepositoryTransaction transaction = customers.begin()) {
                transaction.upsertTags(List.of(new CustomerTag("c1", null, "VIP", CustomerTag.IMPORTED)));
                transaction.commit();
            }
            assertEquals(1, customers.countTags());
        }
    }

    @Test
    void version2StatementsCanRunAgainOverAVersion2Database() throws SQLException {
        try (H2Database database = TestDatabases.inMemory(); Connection connection = database.connect("test")) {
            H2CustomerRepository customers = new H2CustomerRepository(database);
            TestData.store(customers, List.of(Customer.of("c1", "Wang")), List.of());
            try (RepositoryTransaction transaction = customers.begin()) {
                transaction.upsertTags(List.of(new CustomerTag("c1", "g", "VIP", CustomerTag.WECOM)));
                transaction.commit();
            }
            for (String sql : SchemaMigrator.statementsOf(SchemaMigrator.load("V2__tags.sql"))) {
                execute(connection, sql);
            }
            assertEquals(List.of(new CustomerTag("c1", "g", "VIP", CustomerTag.WECOM)), customers.tagsOf("c1"));
        }
    }

    @Test
    void aDatabaseNewerThanTheBundleIsRefused() throws SQLException {
        Path location = TestDatabases.newFileLocation("newer");
        try (H2Database database = TestDatabases.file(location); Connection connection = database.connect("test");
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO schema_version VALUES (99, 'V99__future.sql', CURRENT_TIMESTAMP)");
        }
        RepositoryException refused = assertThrows(RepositoryException.class, () -> TestDatabases.file(location));
        assertTrue(refused.getMessage().contains("version 99"), refused.getMessage());
    }

    @Test
    void scriptsSplitIntoStatementsWithoutComments() {
        String script = "-- a comment; with a semicolon\nCREATE TABLE a (x INT);\n\n  -- another\nCREATE INDEX i ON a (x);\n";
        assertEquals(List.of("CREATE TABLE a (x INT)", "CREATE INDEX i ON a (x)"), SchemaMigrator.statementsOf(script));
    }

    @Test
    void versionIsTheNumberAfterV() {
        assertEquals(12, SchemaMigrator.versionOf("V12__more_columns.sql"));
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long queryLong(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String queryString(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
