package io.tierbench.repository.h2.internal;

import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.repository.UpsertOutcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes customer tags inside a transaction. Tags have no values besides their key, so a tag is either stored or
 * not: adding compares a whole batch with one query and inserts the missing ones in one JDBC batch; replacing one
 * customer's tags of a source deletes and inserts only the difference.
 */
final class CustomerTagWriter {

    private static final String STORED_OF_CUSTOMERS = "SELECT " + CustomerTagRows.COLUMNS
            + " FROM customer_tags WHERE customer_id = ANY(?) AND source = ANY(?)";
    private static final String STORED_OF_CUSTOMER = "SELECT " + CustomerTagRows.COLUMNS
            + " FROM customer_tags WHERE customer_id = ? AND source = ?";
    private static final String INSERT = "INSERT INTO customer_tags (" + CustomerTagRows.COLUMNS
            + ") VALUES (?, ?, ?, ?)";
    private static final String DELETE = "DELETE FROM customer_tags WHERE customer_id = ? AND source = ? "
            + "AND tag_group = ? AND tag_name = ?";

    private final Connection connection;
    private final int batchSize;

    CustomerTagWriter(Connection connection, int batchSize) {
        this.connection = connection;
        this.batchSize = batchSize;
    }

    /**
     * Adds the tags not yet stored; a tag given twice is inserted once and {@code UNCHANGED} the second time.
     *
     * @return {@code INSERTED} or {@code UNCHANGED} per tag, in the order given
     */
    List<UpsertOutcome> upsert(List<CustomerTag> tags) throws SQLException {
        List<UpsertOutcome> outcomes = new ArrayList<>(tags.size());
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int start = 0; start < tags.size(); start += batchSize) {
                List<CustomerTag> batch = tags.subList(start, Math.min(tags.size(), start + batchSize));
                Set<CustomerTag> present = storedOf(batch);
                int inserts = 0;
                for (CustomerTag tag : batch) {
                    if (present.add(tag)) {
                        CustomerTagRows.bind(insert, tag);
                        insert.addBatch();
                        inserts++;
                        outcomes.add(UpsertOutcome.INSERTED);
                    } else {
                        outcomes.add(UpsertOutcome.UNCHANGED);
                    }
                }
                if (inserts > 0) {
                    insert.executeBatch();
                }
            }
        }
        return outcomes;
    }

    /**
     * Makes the customer's tags of the source exactly the given ones.
     *
     * @throws IllegalArgumentException when a tag belongs to another customer or source
     */
    UpsertOutcome replace(String customerId, String source, List<CustomerTag> tags) throws SQLException {
        for (CustomerTag tag : tags) {
            if (!tag.customerId().equals(customerId) || !tag.source().equals(source)) {
                throw new IllegalArgumentException("replace the tags of customer '" + customerId + "' from source '"
                        + source + "': the tag " + tag + " belongs to another customer or source");
            }
        }
        Set<CustomerTag> wanted = new LinkedHashSet<>(tags);
        Set<CustomerTag> stored = storedOf(customerId, source);
        if (stored.equals(wanted)) {
            return UpsertOutcome.UNCHANGED;
        }
        writeEach(DELETE, stored.stream().filter(tag -> !wanted.contains(tag)).toList());
        writeEach(INSERT, wanted.stream().filter(tag -> !stored.contains(tag)).toList());
        return stored.isEmpty() ? UpsertOutcome.INSERTED : UpsertOutcome.UPDATED;
    }

    /**
     * Makes the tags of the source of each listed customer exactly the given ones, a batch of customers per round
     * trip: one query reads the batch's stored tags, one JDBC batch deletes and one inserts the differences.
     *
     * @return per customer, in the order given, what {@link #replace(String, String, List)} would return
     * @throws IllegalArgumentException when a customer is listed twice, or a tag is of another source or of a
     *         customer not listed
     */
    List<UpsertOutcome> replace(String source, List<String> customerIds, List<CustomerTag> tags) throws SQLException {
        Map<String, Set<CustomerTag>> wanted = new HashMap<>();
        for (String customerId : customerIds) {
            if (wanted.put(customerId, new LinkedHashSet<>()) != null) {
                throw new IllegalArgumentException("replace the " + source + " tags: customer '" + customerId
                        + "' is listed twice");
            }
        }
        for (CustomerTag tag : tags) {
            Set<CustomerTag> ofCustomer = wanted.get(tag.customerId());
            if (ofCustomer == null || !tag.source().equals(source)) {
                throw new IllegalArgumentException("replace the " + source + " tags of the listed customers: the tag "
                        + tag + " belongs to another customer or source");
            }
            ofCustomer.add(tag);
        }
        List<UpsertOutcome> outcomes = new ArrayList<>(customerIds.size());
        for (int start = 0; start < customerIds.size(); start += batchSize) {
            List<String> batch = customerIds.subList(start, Math.min(customerIds.size(), start + batchSize));
            Map<String, Set<CustomerTag>> stored = storedOf(source, batch);
            List<CustomerTag> deletes = new ArrayList<>();
            List<CustomerTag> inserts = new ArrayList<>();
            for (String customerId : batch) {
                Set<CustomerTag> before = stored.getOrDefault(customerId, Set.of());
                Set<CustomerTag> after = wanted.get(customerId);
                before.stream().filter(tag -> !after.contains(tag)).forEach(deletes::add);
                after.stream().filter(tag -> !before.contains(tag)).forEach(inserts::add);
                outcomes.add(before.equals(after) ? UpsertOutcome.UNCHANGED
                        : before.isEmpty() ? UpsertOutcome.INSERTED : UpsertOutcome.UPDATED);
            }
            writeEach(DELETE, deletes);
            writeEach(INSERT, inserts);
        }
        return outcomes;
    }

    /**
     * Reads with an IN list of parameters: with {@code = ANY(?)} and an array of a thousand ids, H2 checked every row
     * found against the whole array, and replacing the rule tags of 20 000 customers took seconds.
     */
    private Map<String, Set<CustomerTag>> storedOf(String source, List<String> customerIds) throws SQLException {
        String sql = "SELECT " + CustomerTagRows.COLUMNS + " FROM customer_tags WHERE source = ? AND customer_id IN ("
                + String.join(", ", java.util.Collections.nCopies(customerIds.size(), "?")) + ")";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, source);
            for (int i = 0; i < customerIds.size(); i++) {
                select.setString(i + 2, customerIds.get(i));
            }
            Map<String, Set<CustomerTag>> stored = new HashMap<>();
            for (CustomerTag tag : read(select)) {
                stored.computeIfAbsent(tag.customerId(), id -> new HashSet<>()).add(tag);
            }
            return stored;
        }
    }

    private Set<CustomerTag> storedOf(List<CustomerTag> batch) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(STORED_OF_CUSTOMERS)) {
            select.setArray(1, connection.createArrayOf("VARCHAR",
                    batch.stream().map(CustomerTag::customerId).distinct().toArray()));
            select.setArray(2, connection.createArrayOf("VARCHAR",
                    batch.stream().map(CustomerTag::source).distinct().toArray()));
            return read(select);
        }
    }

    private Set<CustomerTag> storedOf(String customerId, String source) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(STORED_OF_CUSTOMER)) {
            select.setString(1, customerId);
            select.setString(2, source);
            return read(select);
        }
    }

    private static Set<CustomerTag> read(PreparedStatement select) throws SQLException {
        Set<CustomerTag> tags = new HashSet<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                tags.add(CustomerTagRows.read(rows));
            }
        }
        return tags;
    }

    /** Runs an insert or delete bound by {@link CustomerTagRows#bind} once per tag, in one JDBC batch. */
    private void writeEach(String sql, List<CustomerTag> tags) throws SQLException {
        if (tags.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (CustomerTag tag : tags) {
                CustomerTagRows.bind(statement, tag);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
