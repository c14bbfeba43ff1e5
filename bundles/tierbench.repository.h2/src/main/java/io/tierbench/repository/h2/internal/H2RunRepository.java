package io.tierbench.repository.h2.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.LabelCount;
import io.tierbench.api.model.Label;
import io.tierbench.api.repository.MigrationMatrix;
import io.tierbench.api.repository.RepositoryException;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.api.repository.RunLabel;
import io.tierbench.api.repository.RunRepository;
import io.tierbench.api.repository.StoredClassification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Classification runs in the H2 database; each classifier's results are stored in one transaction. */
@Component(service = RunRepository.class)
public final class H2RunRepository implements RunRepository {

    private static final String MERGE_CLASSIFIER_RUN = "MERGE INTO run_classifiers (run_id, classifier_id, "
            + "classifier_name, classifier_version, configuration, succeeded, failure_reason, summary) "
            + "KEY (run_id, classifier_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    /** Runs drive the join: there are few, and each is one lookup in the index classifications_customer_scheme. */
    private static final String LABEL_HISTORY = "SELECT r.run_id, r.as_of, c.label_key, c.label_en, c.label_zh "
            + "FROM runs r JOIN classifications c ON c.run_id = r.run_id AND c.customer_id = ? "
            + "AND c.classifier_id = ? AND c.scheme = ? ORDER BY r.run_id";

    private final H2Database database;
    private final Clock clock;

    @Activate
    public H2RunRepository(@Reference(name = "database") H2Database database) {
        this(database, Clock.systemUTC());
    }

    H2RunRepository(H2Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public long startRun(LocalDate asOf) {
        return database.write("startRun(" + asOf + ")", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO runs (as_of, started_at) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                Columns.setDate(insert, 1, asOf);
                insert.setObject(2, now());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Override
    public void saveResults(long runId, ClassifierInfo classifier, String summary,
            List<Classification> classifications) {
        database.write("saveResults(run " + runId + ", " + classifier.id() + ")", connection -> {
            requireRun(connection, runId, "saveResults");
            mergeClassifierRun(connection, runId, classifier, null, summary);
            deleteClassifications(connection, runId, classifier.id());
            ClassificationRows.insert(connection, runId, classifier.id(), classifications, database.batchSize());
            return null;
        });
    }

    @Override
    public void saveFailure(long runId, ClassifierInfo classifier, String reason) {
        database.write("saveFailure(run " + runId + ", " + classifier.id() + ")", connection -> {
            requireRun(connection, runId, "saveFailure");
            mergeClassifierRun(connection, runId, classifier, reason == null ? "" : reason, null);
            // A failed classifier has no results, not part of them.
            deleteClassifications(connection, runId, classifier.id());
            return null;
        });
    }

    @Override
    public void finishRun(long runId) {
        database.write("finishRun(" + runId + ")", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE runs SET finished_at = COALESCE(finished_at, ?) WHERE run_id = ?")) {
                update.setObject(1, now());
                update.setLong(2, runId);
                if (update.executeUpdate() == 0) {
                    throw new RepositoryException("finishRun: unknown run " + runId);
                }
            }
            return null;
        });
    }

    @Override
    public Optional<RunInfo> run(long runId) {
        return database.read("run(" + runId + ")",
                connection -> RunInfoQueries.query(connection, RunInfoQueries.BY_ID, runId).stream().findFirst());
    }

    @Override
    public Optional<RunInfo> latestRun() {
        return database.read("latestRun", connection -> RunInfoQueries.query(connection,
                RunInfoQueries.LATEST_FINISHED, null).stream().findFirst());
    }

    @Override
    public List<RunInfo> runs() {
        return database.read("runs", connection -> List.copyOf(RunInfoQueries.query(connection, RunInfoQueries.ALL,
                null)));
    }

    @Override
    public List<LabelCount> labelDistribution(long runId) {
        return database.read("labelDistribution(" + runId + ")",
                connection -> ClassificationRows.labelDistribution(connection, runId));
    }

    @Override
    public List<StoredClassification> classificationsOf(long runId, String customerId) {
        return database.read("classificationsOf(" + runId + ", " + customerId + ")",
                connection -> ClassificationRows.ofCustomer(connection, runId, customerId));
    }

    @Override
    public Map<String, String> labels(long runId, String classifierId, String scheme) {
        return database.read("labels(" + runId + ", " + classifierId + ", " + scheme + ")",
                connection -> ClassificationRows.labels(connection, runId, classifierId, scheme, database.pageSize()));
    }

    @Override
    public void forEachClassification(long runId, Consumer<StoredClassification> visitor) {
        database.read("forEachClassification(" + runId + ")", connection -> {
            ClassificationRows.forEach(connection, runId, database.pageSize(), visitor);
            return null;
        });
    }

    @Override
    public MigrationMatrix migration(long fromRunId, long toRunId, String classifierId, String scheme) {
        return database.read("migration(" + fromRunId + " to " + toRunId + ", " + classifierId + ", " + scheme + ")",
                connection -> new MigrationCounter(connection, database.pageSize()).count(fromRunId, toRunId,
                        classifierId, scheme));
    }

    @Override
    public List<RunLabel> labelHistory(String customerId, String classifierId, String scheme) {
        return database.read("labelHistory(" + customerId + ", " + classifierId + ", " + scheme + ")", connection -> {
            try (PreparedStatement select = connection.prepareStatement(LABEL_HISTORY)) {
                select.setString(1, customerId);
                select.setString(2, classifierId);
                select.setString(3, scheme);
                List<RunLabel> history = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        history.add(new RunLabel(rows.getLong(1), Columns.getDate(rows, 2),
                                new Label(rows.getString(3), rows.getString(4), rows.getString(5))));
                    }
                }
                return List.copyOf(history);
            }
        });
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static void requireRun(Connection connection, long runId, String operation) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM runs WHERE run_id = ?")) {
            select.setLong(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new RepositoryException(operation + ": unknown run " + runId);
                }
            }
        }
    }

    /** @param failureReason {@code null} when the classifier succeeded */
    private static void mergeClassifierRun(Connection connection, long runId, ClassifierInfo classifier,
            String failureReason, String summary) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(MERGE_CLASSIFIER_RUN)) {
            merge.setLong(1, runId);
            merge.setString(2, classifier.id());
            merge.setString(3, classifier.name());
            merge.setString(4, classifier.version());
            merge.setString(5, KeyValueText.encode(new TreeMap<>(classifier.configuration())));
            merge.setBoolean(6, failureReason == null);
            merge.setString(7, failureReason);
            merge.setString(8, summary);
            merge.executeUpdate();
        }
    }

    private static void deleteClassifications(Connection connection, long runId, String classifierId)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM classifications WHERE run_id = ? AND classifier_id = ?")) {
            delete.setLong(1, runId);
            delete.setString(2, classifierId);
            delete.executeUpdate();
        }
    }
}
