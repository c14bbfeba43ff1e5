package io.tierbench.repository.h2.internal;

import io.tierbench.api.repository.RepositoryException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema to the latest version: applies the scripts under {@code db/migration/} that are newer than the
 * version recorded in {@code schema_version}, in order, each in its own transaction, and records each one.
 */
final class SchemaMigrator {

    /** The migrations, oldest first; a script's version is the number between {@code V} and {@code __}. */
    static final List<String> SCRIPTS = List.of("V1__initial_schema.sql", "V2__tags.sql",
            "V3__tier_overrides.sql", "V4__customer_page_indexes.sql", "V5__customer_sort_columns.sql");

    private static final String LOCATION = "/db/migration/";
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private final Connection connection;
    private final List<String> scripts;

    SchemaMigrator(Connection connection) {
        this(connection, SCRIPTS);
    }

    /** @param scripts the migrations to know, oldest first; tests pass an older list to build an older database */
    SchemaMigrator(Connection connection, List<String> scripts) {
        this.connection = connection;
        this.scripts = List.copyOf(scripts);
    }

    /** @return the versions applied now, empty when the database was already up to date */
    List<Integer> migrate() {
        try {
            createVersionTable();
            int current = currentVersion();
            int latest = versionOf(scripts.get(scripts.size() - 1));
            if (current > latest) {
                throw new RepositoryException("migrate the schema: the database is at version " + current
                        + ", newer than version " + latest + " that this bundle knows");
            }
            List<Integer> applied = new ArrayList<>();
            for (String script : scripts) {
                if (versionOf(script) > current) {
                    apply(script);
                    applied.add(versionOf(script));
                }
            }
            return applied;
        } catch (SQLException e) {
            throw new RepositoryException("migrate the schema: " + e.getMessage(), e);
        }
    }

    /** @return the latest recorded version, 0 for a new database */
    int currentVersion() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private void createVersionTable() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, "
                    + "script VARCHAR NOT NULL, installed_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
    }

    private void apply(String script) throws SQLException {
        List<String> statements = statementsOf(load(script));
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            record(script);
            connection.commit();
            LOG.info("Tierbench schema migrated to version {} ({})", versionOf(script), script);
        } catch (SQLException | RuntimeException e) {
            Transactions.rollback(connection, e);
            throw new RepositoryException("migrate the schema with " + script + ": " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void record(String script) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO schema_version (version, script, installed_at) VALUES (?, ?, ?)")) {
            insert.setInt(1, versionOf(script));
            insert.setString(2, script);
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    static int versionOf(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }

    /** Splits a script into statements: whole-line {@code --} comments dropped, statements end with {@code ;}. */
    static List<String> statementsOf(String script) {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.trim().startsWith("--")) {
                withoutComments.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String statement : withoutComments.toString().split(";")) {
            if (!statement.isBlank()) {
                statements.add(statement.trim());
            }
        }
        return statements;
    }

    static String load(String script) {
        try (InputStream in = SchemaMigrator.class.getResourceAsStream(LOCATION + script)) {
            if (in == null) {
                throw new RepositoryException("migrate the schema: " + LOCATION + script + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RepositoryException("migrate the schema: cannot read " + LOCATION + script, e);
        }
    }
}
