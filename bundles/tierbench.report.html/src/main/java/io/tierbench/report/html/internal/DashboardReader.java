package io.tierbench.report.html.internal;

import io.tierbench.api.report.ReportRequest;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.api.repository.StoredClassification;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads what the dashboard shows from the repositories: the label counts once, the stored classifications in one
 * streamed pass (for the RFM grid and the CLV values), the purchase facts once (for the Pareto curve), and the
 * migration matrices against the previous run. A section whose classifier did not run or failed is left out with
 * the reason.
 */
final class DashboardReader {

    private final ReportRequest request;
    private final PageText text;

    DashboardReader(ReportRequest request, PageText text) {
        this.request = request;
        this.text = text;
    }

    /** @throws IllegalArgumentException when the request names a run the repository does not know */
    Dashboard read() {
        RunInfo run = request.runs().run(request.runId()).orElseThrow(
                () -> new IllegalArgumentException("no run " + request.runId() + " in the run repository"));
        ClassifierRuns classifiers = new ClassifierRuns(run, text);
        Distribution distribution = new Distribution(request.runs().labelDistribution(run.runId()));

        Optional<ClassifierInfo> rfm = classifiers.succeeded(RfmGrid.CLASSIFIER);
        RfmGrid grid = rfm.map(info -> new RfmGrid(info, text.language())).orElse(null);
        ClvDistribution clv = classifiers.succeeded(ClvDistribution.CLASSIFIER).map(info -> new ClvDistribution())
                .orElse(null);
        streamClassifications(run, grid, clv);

        List<Section> sections = new ArrayList<>();
        sections.add(TierDistributions.of(distribution, classifiers, text));
        sections.add(grid == null ? Section.omitted(Section.RFM_GRID, classifiers.whyMissing(RfmGrid.CLASSIFIER))
                : grid.section(classifiers, text));
        sections.add(classifiers.succeeded(ParetoCurve.CLASSIFIER)
                .map(abc -> ParetoCurve.of(request.customers(), abc, run.asOf(), distribution, text))
                .orElseGet(() -> Section.omitted(Section.PARETO, classifiers.whyMissing(ParetoCurve.CLASSIFIER))));
        sections.add(clv == null ? Section.omitted(Section.CLV, classifiers.whyMissing(ClvDistribution.CLASSIFIER))
                : clv.section(classifiers, text));
        sections.add(classifiers.succeeded(LifecycleFunnel.CLASSIFIER)
                .map(info -> LifecycleFunnel.of(distribution, classifiers, text))
                .orElseGet(() -> Section.omitted(Section.LIFECYCLE,
                        classifiers.whyMissing(LifecycleFunnel.CLASSIFIER))));
        sections.add(classifiers.succeeded(SatisfactionSummary.CLASSIFIER)
                .map(info -> SatisfactionSummary.of(distribution, classifiers, text))
                .orElseGet(() -> Section.omitted(Section.SATISFACTION,
                        classifiers.whyMissing(SatisfactionSummary.CLASSIFIER))));
        sections.add(TierMigrations.of(request.runs(), run, distribution, classifiers, text));
        return new Dashboard(RunHeader.of(run, distribution, request.customers(), text), sections);
    }

    /** One pass over the run's stored classifications feeds every section that needs per-customer scores. */
    private void streamClassifications(RunInfo run, RfmGrid grid, ClvDistribution clv) {
        if (grid == null && clv == null) {
            return;
        }
        Consumer<StoredClassification> visitor = stored -> {
            if (grid != null) {
                grid.add(stored);
            }
            if (clv != null) {
                clv.add(stored);
            }
        };
        request.runs().forEachClassification(run.runId(), visitor);
    }
}
