package io.tierbench.report.support;

import io.tierbench.api.report.ReportRequest;
import io.tierbench.api.repository.LabelCount;
import io.tierbench.api.repository.RunInfo;
import java.util.List;
import java.util.function.Consumer;

/**
 * A report request with its run looked up: what every tabular report starts from.
 *
 * @param request the request
 * @param run the stored run
 * @param distribution customers per label of each classifier and scheme of the run
 */
public record ReportRun(ReportRequest request, RunInfo run, List<LabelCount> distribution) {

    public ReportRun {
        distribution = List.copyOf(distribution);
    }

    /**
     * @throws IllegalArgumentException when the run is unknown
     */
    public static ReportRun open(ReportRequest request) {
        RunInfo run = request.runs().run(request.runId())
                .orElseThrow(() -> new IllegalArgumentException("no run " + request.runId()));
        return new ReportRun(request, run, request.runs().labelDistribution(run.runId()));
    }

    /** @return {@code en} or {@code zh} */
    public String language() {
        return request.language();
    }

    /** @return the masking the request asks for */
    public PersonalDataMask mask() {
        return request.maskPersonalData() ? PersonalDataMask.MASKED : PersonalDataMask.CLEAR;
    }

    /** @return the classifier and scheme pairs that labelled customers in the run, in report order */
    public List<SchemeColumns> schemes() {
        return SchemeColumns.of(run, distribution);
    }

    /** Streams every customer of the run; see {@link CustomerRecords}. */
    public void forEachCustomer(Consumer<CustomerRecord> visitor) {
        CustomerRecords.forEach(request.customers(), request.runs(), run.runId(), run.asOf(), visitor);
    }
}
