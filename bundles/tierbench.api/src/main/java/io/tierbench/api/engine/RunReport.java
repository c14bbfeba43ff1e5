package io.tierbench.api.engine;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of one classification run.
 *
 * @param runId the stored run's id
 * @param asOf the as-of date
 * @param customers number of customers classified
 * @param outcomes one entry per classifier found at the start of the run
 * @param elapsed wall-clock time of the run
 * @since 1.0
 */
public record RunReport(long runId, LocalDate asOf, long customers, List<ClassifierOutcome> outcomes,
        Duration elapsed) {

    public RunReport {
        outcomes = List.copyOf(outcomes);
    }

    /**
     * @param classifierId the classifier's id
     * @param version its version
     * @param succeeded whether it completed
     * @param classifications number of classifications stored
     * @param failureReason why it failed, or {@code null}
     * @param elapsed time it took
     */
    public record ClassifierOutcome(String classifierId, String version, boolean succeeded, long classifications,
            String failureReason, Duration elapsed) {
    }
}
