package io.tierbench.repository.h2.internal;

import io.tierbench.api.model.TierOverride;
import io.tierbench.api.repository.UpsertOutcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The {@code tier_overrides} table: at most one manual tier override per customer. */
final class TierOverrideRows {

    private static final String COLUMNS = "customer_id, tier, reason, author, created_at, until_date";
    private static final String ALL = "SELECT " + COLUMNS + " FROM tier_overrides ORDER BY customer_id";
    private static final String OF_CUSTOMER = "SELECT " + COLUMNS + " FROM tier_overrides WHERE customer_id = ?";
    private static final String MERGE = "MERGE INTO tier_overrides (" + COLUMNS + ") KEY (customer_id) "
            + "VALUES (?, ?, ?, ?, ?, ?)";
    private static final String DELETE = "DELETE FROM tier_overrides WHERE customer_id = ?";

    private TierOverrideRows() {
    }

    static List<TierOverride> all(Connection connection) throws SQLException {
        List<TierOverride> overrides = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(ALL); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                overrides.add(read(rows));
            }
        }
        return List.copyOf(overrides);
    }

    /**
     * Stores the override; one equal but for its creation time leaves the stored one, and its time, as they are.
     */
    static UpsertOutcome set(Connection connection, TierOverride override) throws SQLException {
        Optional<TierOverride> stored = of(connection, override.customerId());
        if (stored.isPresent() && sameDecision(stored.get(), override)) {
            return UpsertOutcome.UNCHANGED;
        }
        try (PreparedStatement merge = connection.prepareStatement(MERGE)) {
            merge.setString(1, override.customerId());
            merge.setString(2, override.tier());
            merge.setString(3, override.reason());
            merge.setString(4, override.author());
            merge.setObject(5, OffsetDateTime.ofInstant(override.createdAt(), ZoneOffset.UTC));
            Columns.setDate(merge, 6, override.until());
            merge.executeUpdate();
        }
        return stored.isPresent() ? UpsertOutcome.UPDATED : UpsertOutcome.INSERTED;
    }

    static boolean clear(Connection connection, String customerId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
            delete.setString(1, customerId);
            return delete.executeUpdate() > 0;
        }
    }

    private static Optional<TierOverride> of(Connection connection, String customerId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(OF_CUSTOMER)) {
            select.setString(1, customerId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    private static boolean sameDecision(TierOverride a, TierOverride b) {
        return a.tier().equals(b.tier()) && a.reason().equals(b.reason()) && a.author().equals(b.author())
                && Objects.equals(a.until(), b.until());
    }

    private static TierOverride read(ResultSet rows) throws SQLException {
        return new TierOverride(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getObject(5, OffsetDateTime.class).toInstant(), Columns.getDate(rows, 6));
    }
}
