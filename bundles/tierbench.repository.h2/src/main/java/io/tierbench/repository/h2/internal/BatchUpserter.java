package io.tierbench.repository.h2.internal;

import io.tierbench.api.repository.UpsertOutcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Upserts rows of one table keyed by id, {@code batchSize} rows per round trip: one query fetches the stored rows
 * of the batch, Java compares them with the new ones, then one batched insert and one batched update write the
 * difference. Rows equal to the stored ones are not written.
 */
final class BatchUpserter<T> {

    /**
     * A row the upsert wrote.
     *
     * @param previous the stored row before, {@code null} when inserted
     * @param current the row as written, in canonical form
     */
    record Change<T>(T previous, T current) {
    }

    /**
     * @param outcomes one per row, in the order given
     * @param changes the rows inserted or updated
     */
    record Result<T>(List<UpsertOutcome> outcomes, List<Change<T>> changes) {
    }

    private final Connection connection;
    private final TableMapping<T> mapping;
    private final int batchSize;

    BatchUpserter(Connection connection, TableMapping<T> mapping, int batchSize) {
        this.connection = connection;
        this.mapping = mapping;
        this.batchSize = batchSize;
    }

    /** @throws IllegalArgumentException when two rows share an id */
    Result<T> upsert(List<T> rows) throws SQLException {
        requireDistinctIds(rows);
        Result<T> result = new Result<>(new ArrayList<>(rows.size()), new ArrayList<>());
        for (int start = 0; start < rows.size(); start += batchSize) {
            upsertBatch(rows.subList(start, Math.min(rows.size(), start + batchSize)), result);
        }
        return result;
    }

    private void upsertBatch(List<T> batch, Result<T> result) throws SQLException {
        Map<String, T> stored = fetchStored(batch);
        try (PreparedStatement insert = connection.prepareStatement(mapping.insertSql());
                PreparedStatement update = connection.prepareStatement(mapping.updateSql())) {
            int inserts = 0;
            int updates = 0;
            for (T row : batch) {
                T current = mapping.canonical(row);
                T previous = stored.get(mapping.idOf(current));
                UpsertOutcome outcome = previous == null ? UpsertOutcome.INSERTED
                        : previous.equals(current) ? UpsertOutcome.UNCHANGED : UpsertOutcome.UPDATED;
                result.outcomes().add(outcome);
                if (outcome == UpsertOutcome.INSERTED) {
                    addToBatch(insert, current);
                    inserts++;
                } else if (outcome == UpsertOutcome.UPDATED) {
                    addToBatch(update, current);
                    updates++;
                }
                if (outcome != UpsertOutcome.UNCHANGED) {
                    result.changes().add(new Change<>(previous, current));
                }
            }
            executeIfAny(insert, inserts);
            executeIfAny(update, updates);
        }
    }

    private Map<String, T> fetchStored(List<T> batch) throws SQLException {
        String[] ids = batch.stream().map(mapping::idOf).toArray(String[]::new);
        Map<String, T> stored = new HashMap<>(ids.length * 2);
        try (PreparedStatement select = connection.prepareStatement(mapping.selectByIdsSql())) {
            select.setArray(1, connection.createArrayOf("VARCHAR", ids));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    T row = mapping.read(rows);
                    stored.put(mapping.idOf(row), row);
                }
            }
        }
        return stored;
    }

    private void addToBatch(PreparedStatement statement, T row) throws SQLException {
        mapping.bindValues(statement, row);
        statement.setString(mapping.idParameter(), mapping.idOf(row));
        statement.addBatch();
    }

    private static void executeIfAny(PreparedStatement statement, int rows) throws SQLException {
        if (rows > 0) {
            statement.executeBatch();
        }
    }

    private void requireDistinctIds(List<T> rows) {
        Set<String> ids = new HashSet<>(rows.size() * 2);
        for (T row : rows) {
            if (!ids.add(mapping.idOf(row))) {
                throw new IllegalArgumentException("upsert into " + mapping.table() + ": id '" + mapping.idOf(row)
                        + "' appears twice in one call");
            }
        }
    }
}
