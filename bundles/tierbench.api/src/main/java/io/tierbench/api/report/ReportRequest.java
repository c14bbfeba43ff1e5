package io.tierbench.api.report;

import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RunRepository;
import java.util.Objects;

/**
 * What to report.
 *
 * @param runId the stored run to report on
 * @param content what a tabular report holds; {@link ReportContent#CLASSIFICATION_TABLE} when {@code null}
 *        (since 1.1)
 * @param language {@code en} or {@code zh}
 * @param maskPersonalData whether to mask phone numbers, e-mail addresses and other personal data
 * @param customers the customer store
 * @param runs the run store
 * @since 1.0
 */
public record ReportRequest(long runId, ReportContent content, String language, boolean maskPersonalData,
        CustomerRepository customers, RunRepository runs) {

    public ReportRequest {
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(runs, "runs");
        content = content == null ? ReportContent.CLASSIFICATION_TABLE : content;
        language = "zh".equals(language) ? "zh" : "en";
    }

    /** A request for the classification table, as in version 1.0. */
    public ReportRequest(long runId, String language, boolean maskPersonalData, CustomerRepository customers,
            RunRepository runs) {
        this(runId, ReportContent.CLASSIFICATION_TABLE, language, maskPersonalData, customers, runs);
    }
}
