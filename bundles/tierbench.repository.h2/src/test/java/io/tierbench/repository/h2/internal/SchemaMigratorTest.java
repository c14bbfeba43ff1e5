package io.tierbench.repository.h2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.model.Customer;
import io.tierbench.api.repository.RepositoryException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaMigratorTest {

    @Test
    void newDatabaseIsMigratedToTheLatestVersionAndRecordsIt() throws SQLException {
        try (H2Database database = TestDatabases.inMemory(); Connection connection = database.connect("test")) {
            assertEquals(1, new SchemaMigrator(connection).currentVersion());
            assertEquals(1L, queryLong(connection, "SELECT COUNT(*) FROM schema_version"));
            assertEquals(0L, queryLong(connection, "SELECT COUNT(*) FROM purchase_facts"));
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
            assertEquals(1L, queryLong(connection, "SELECT COUNT(*) FROM schema_version"));
            assertEquals("Kept", new H2CustomerRepository(reopened).findCustomer("c1").orElseThrow().name());
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

    private static long queryLong(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
