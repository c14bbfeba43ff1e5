package io.tierbench.api.repository;

import io.tierbench.api.model.Label;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A customer's label under one classifier and scheme in one run, for a history across runs.
 *
 * @param runId the run
 * @param asOf the run's as-of date
 * @param label the label the customer had in that run
 * @since 1.3
 */
public record RunLabel(long runId, LocalDate asOf, Label label) {

    public RunLabel {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(label, "label");
    }
}
