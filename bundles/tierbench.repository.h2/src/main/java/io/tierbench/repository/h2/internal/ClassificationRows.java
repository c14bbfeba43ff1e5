package io.tierbench.repository.h2.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.Label;
import io.tierbench.api.repository.LabelCount;
import io.tierbench.api.repository.StoredClassification;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The {@code classifications} table: one row per run, classifier, scheme and customer. */
final class ClassificationRows {

    /** The columns {@link #read} expects, in this order. */
    static final String COLUMNS = "customer_id, scheme, label_key, label_en, label_zh, scores, explanation";

    private static final String INSERT = "INSERT INTO classifications (run_id, classifier_id, " + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String LABEL_DISTRIBUTION = "SELECT classifier_id, scheme, label_key, MIN(label_en), "
            + "MIN(label_zh), COUNT(*) FROM classifications WHERE run_id = ? GROUP BY classifier_id, scheme, "
            + "label_key ORDER BY classifier_id, scheme, COUNT(*) DESC, label_key";
    private static final String OF_CUSTOMER = "SELECT " + COLUMNS
            + ", classifier_id FROM classifications WHERE run_id = ? AND customer_id = ? ORDER BY classifier_id, scheme";
    /** Ordered by the whole primary key, so that H2 reads a page straight from it instead of sorting the rest. */
    static final String LABELS = "SELECT customer_id, label_key FROM classifications WHERE customer_id > ? "
            + "AND run_id = ? AND classifier_id = ? AND scheme = ? ORDER BY run_id, classifier_id, scheme, customer_id "
            + "LIMIT ?";
    /** A run's classifications in customer order, read from the index {@code classifications_customer_scheme}. */
    static final KeysetQuery IN_CUSTOMER_ORDER = new KeysetQuery(
            "SELECT " + COLUMNS + ", classifier_id FROM classifications", "run_id = ?",
            List.of("customer_id", "classifier_id", "scheme"), "run_id, customer_id, classifier_id, scheme");

    private ClassificationRows() {
    }

    /** Inserts the classifications in batches of {@code batchSize}. */
    static void insert(Connection connection, long runId, String classifierId, List<Classification> classifications,
            int batchSize) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int pending = 0;
            for (Classification classification : classifications) {
                bind(insert, runId, classifierId, classification);
                insert.addBatch();
                if (++pending == batchSize) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    static List<LabelCount> labelDistribution(Connection connection, long runId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(LABEL_DISTRIBUTION)) {
            select.setLong(1, runId);
            List<LabelCount> counts = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Label label = new Label(rows.getString(3), rows.getString(4), rows.getString(5));
                    counts.add(new LabelCount(rows.getString(1), rows.getString(2), label, rows.getLong(6)));
                }
            }
            return List.copyOf(counts);
        }
    }

    static List<StoredClassification> ofCustomer(Connection connection, long runId, String customerId)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(OF_CUSTOMER)) {
            select.setLong(1, runId);
            select.setString(2, customerId);
            List<StoredClassification> classifications = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    classifications.add(new StoredClassification(rows.getString(8), read(rows)));
                }
            }
            return List.copyOf(classifications);
        }
    }

    /** Streams a run's classifications ordered by customer id, classifier id and scheme. */
    static void forEach(Connection connection, long runId, int pageSize, Consumer<StoredClassification> visitor)
            throws SQLException {
        KeysetPages.forEachRow(connection, IN_CUSTOMER_ORDER, pageSize,
                row -> visitor.accept(new StoredClassification(row.getString(8), read(row))), runId);
    }

    /** @return customer id to label key, in customer id order */
    static Map<String, String> labels(Connection connection, long runId, String classifierId, String scheme,
            int pageSize) throws SQLException {
        Map<String, String> labels = new LinkedHashMap<>();
        KeysetPages.forEachRow(connection, LABELS, "", pageSize, row -> labels.put(row.getString(1), row.getString(2)),
                runId, classifierId, scheme);
        return Collections.unmodifiableMap(labels);
    }

    private static Classification read(ResultSet rows) throws SQLException {
        Label label = new Label(rows.getString(3), rows.getString(4), rows.getString(5));
        return new Classification(rows.getString(1), rows.getString(2), label, decodeScores(rows.getString(6)),
                rows.getString(7));
    }

    private static void bind(PreparedStatement insert, long runId, String classifierId, Classification classification)
            throws SQLException {
        insert.setLong(1, runId);
        insert.setString(2, classifierId);
        insert.setString(3, classification.customerId());
        insert.setString(4, classification.scheme());
        insert.setString(5, classification.label().key());
        insert.setString(6, classification.label().en());
        insert.setString(7, classification.label().zh());
        insert.setString(8, encodeScores(classification.scores()));
        insert.setString(9, classification.explanation());
    }

    /** Scores keep their order and their exact decimal value, scale included. */
    private static String encodeScores(Map<String, BigDecimal> scores) {
        Map<String, String> text = new LinkedHashMap<>();
        scores.forEach((name, value) -> text.put(name, value == null ? null : value.toString()));
        return KeyValueText.encode(text);
    }

    private static Map<String, BigDecimal> decodeScores(String text) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        KeyValueText.decode(text).forEach((name, value) -> scores.put(name, value == null ? null : new BigDecimal(value)));
        return scores;
    }
}
