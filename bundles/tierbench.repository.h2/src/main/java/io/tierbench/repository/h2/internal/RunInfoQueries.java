package io.tierbench.repository.h2.internal;

import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.RunInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads runs with their classifiers in one query, newest run first. */
final class RunInfoQueries {

    private static final String SELECT = "SELECT r.run_id, r.as_of, r.started_at, r.finished_at, c.classifier_id, "
            + "c.classifier_name, c.classifier_version, c.configuration, c.succeeded, c.failure_reason, c.summary "
            + "FROM runs r LEFT JOIN run_classifiers c ON c.run_id = r.run_id ";
    private static final String ORDER = " ORDER BY r.run_id DESC, c.classifier_id";

    static final String BY_ID = SELECT + "WHERE r.run_id = ?" + ORDER;
    static final String LATEST_FINISHED = SELECT
            + "WHERE r.run_id = (SELECT MAX(run_id) FROM runs WHERE finished_at IS NOT NULL)" + ORDER;
    static final String ALL = SELECT + ORDER;

    private RunInfoQueries() {
    }

    /** @param sql one of the queries above; {@code runId} is bound when not {@code null} */
    static List<RunInfo> query(Connection connection, String sql, Long runId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (runId != null) {
                select.setLong(1, runId);
            }
            try (ResultSet rows = select.executeQuery()) {
                return readRuns(rows);
            }
        }
    }

    /** Groups the joined rows, which arrive run by run, into one {@link RunInfo} per run. */
    private static List<RunInfo> readRuns(ResultSet rows) throws SQLException {
        List<RunInfo> runs = new ArrayList<>();
        RunInfo current = null;
        List<RunInfo.ClassifierRun> classifiers = new ArrayList<>();
        while (rows.next()) {
            long runId = rows.getLong(1);
            if (current == null || current.runId() != runId) {
                addIfAny(runs, current, classifiers);
                current = new RunInfo(runId, Columns.getDate(rows, 2), instant(rows, 3), instant(rows, 4), null);
                classifiers = new ArrayList<>();
            }
            if (rows.getString(5) != null) {
                classifiers.add(readClassifierRun(rows));
            }
        }
        addIfAny(runs, current, classifiers);
        return runs;
    }

    private static void addIfAny(List<RunInfo> runs, RunInfo run, List<RunInfo.ClassifierRun> classifiers) {
        if (run != null) {
            runs.add(new RunInfo(run.runId(), run.asOf(), run.startedAt(), run.finishedAt(), classifiers));
        }
    }

    private static RunInfo.ClassifierRun readClassifierRun(ResultSet rows) throws SQLException {
        ClassifierInfo classifier = new ClassifierInfo(rows.getString(5), rows.getString(6), rows.getString(7),
                KeyValueText.decode(rows.getString(8)));
        return new RunInfo.ClassifierRun(classifier, rows.getBoolean(9), rows.getString(10), rows.getString(11));
    }

    private static Instant instant(ResultSet rows, int index) throws SQLException {
        OffsetDateTime value = rows.getObject(index, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
