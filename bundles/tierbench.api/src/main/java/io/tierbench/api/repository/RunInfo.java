package io.tierbench.api.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored run.
 *
 * @param runId id
 * @param asOf as-of date
 * @param startedAt when it started
 * @param finishedAt when it finished, or {@code null} while running
 * @param classifiers each classifier's part of the run
 * @since 1.0
 */
public record RunInfo(long runId, LocalDate asOf, Instant startedAt, Instant finishedAt,
        List<ClassifierRun> classifiers) {

    public RunInfo {
        classifiers = classifiers == null ? List.of() : List.copyOf(classifiers);
    }

    /**
     * One classifier's part of a run.
     *
     * @param classifier identity and configuration
     * @param succeeded whether it completed
     * @param failureReason why it failed, or {@code null}
     * @param summary its run-level summary
     */
    public record ClassifierRun(ClassifierInfo classifier, boolean succeeded, String failureReason, String summary) {
    }
}
