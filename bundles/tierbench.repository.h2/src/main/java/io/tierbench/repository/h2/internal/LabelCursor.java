package io.tierbench.repository.h2.internal;

import io.tierbench.api.model.Label;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks one run's labels of one classifier and scheme in customer-id order, a page at a time, and counts the
 * customers per label as it goes.
 */
final class LabelCursor implements AutoCloseable {

    /** Ordered by the whole primary key, so that H2 reads a page straight from it instead of sorting the rest. */
    static final String PAGE = "SELECT customer_id, label_key, label_en, label_zh FROM classifications "
            + "WHERE run_id = ? AND classifier_id = ? AND scheme = ? AND customer_id > ? "
            + "ORDER BY run_id, classifier_id, scheme, customer_id LIMIT ?";

    private final PreparedStatement select;
    private final int pageSize;
    private final List<String> customerIds = new ArrayList<>();
    private final List<String> labelKeys = new ArrayList<>();
    private final Map<String, Label> labels = new LinkedHashMap<>();
    private final Map<String, Long> counts = new HashMap<>();
    private int position;
    private boolean lastPage;

    LabelCursor(Connection connection, long runId, String classifierId, String scheme, int pageSize)
            throws SQLException {
        this.select = connection.prepareStatement(PAGE);
        this.pageSize = pageSize;
        select.setLong(1, runId);
        select.setString(2, classifierId);
        select.setString(3, scheme);
        select.setInt(5, pageSize);
        try {
            readPageAfter("");
        } catch (SQLException | RuntimeException e) {
            select.close();
            throw e;
        }
    }

    /** @return the current customer's id, or {@code null} when the run has no more labels */
    String customerId() {
        return position < customerIds.size() ? customerIds.get(position) : null;
    }

    /** @return the current customer's label key */
    String labelKey() {
        return labelKeys.get(position);
    }

    void advance() throws SQLException {
        position++;
        if (position == customerIds.size() && !lastPage) {
            readPageAfter(customerIds.get(position - 1));
        }
    }

    /** @return the customers per label key, of the rows read so far */
    Map<String, Long> counts() {
        return counts;
    }

    /** @return each label key's texts, as first read */
    Map<String, Label> labels() {
        return labels;
    }

    @Override
    public void close() throws SQLException {
        select.close();
    }

    private void readPageAfter(String customerId) throws SQLException {
        customerIds.clear();
        labelKeys.clear();
        position = 0;
        select.setString(4, customerId);
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String key = rows.getString(2);
                customerIds.add(rows.getString(1));
                labelKeys.add(key);
                if (counts.merge(key, 1L, Long::sum) == 1L) {
                    labels.put(key, new Label(key, rows.getString(3), rows.getString(4)));
                }
            }
        }
        lastPage = customerIds.size() < pageSize;
    }
}
