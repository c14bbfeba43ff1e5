package io.tierbench.api.classifier;

import java.util.List;
import java.util.Objects;

/**
 * What one classifier produced in one run.
 *
 * @param classifications one entry per customer and scheme
 * @param summary run-level facts worth keeping (breakpoints, means, fitted parameters), in English; may be empty
 * @since 1.0
 */
public record ClassifierResult(List<Classification> classifications, String summary) {

    public ClassifierResult {
        Objects.requireNonNull(classifications, "classifications");
        classifications = List.copyOf(classifications);
        summary = summary == null ? "" : summary;
    }
}
