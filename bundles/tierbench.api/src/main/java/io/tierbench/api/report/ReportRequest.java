package io.tierbench.api.report;

import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RunRepository;
import java.util.Objects;

/**
 * What to report.
 *
 * @param runId the stored run to report on
 * @param language {@code en} or {@code zh}
 * @param maskPersonalData whether to mask phone numbers, e-mail addresses and other personal data
 * @param customers the customer store
 * @param runs the run store
 * @since 1.0
 */
public record ReportRequest(long runId, String language, boolean maskPersonalData, CustomerRepository customers,
        RunRepository runs) {

    public ReportRequest {
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(runs, "runs");
        language = "zh".equals(language) ? "zh" : "en";
    }
}
