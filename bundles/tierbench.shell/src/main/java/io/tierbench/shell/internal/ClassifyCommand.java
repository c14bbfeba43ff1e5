package io.tierbench.shell.internal;

import io.tierbench.api.engine.ClassificationService;
import io.tierbench.api.engine.RunReport;
import io.tierbench.api.repository.RunRepository;
import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "tierbench", name = "classify",
        description = "Runs every installed classifier over all customers and stores the run (运行客户分级).")
public class ClassifyCommand implements Action {

    @Option(name = "--as-of", description = "The as-of date, yyyy-MM-dd: purchases after it are ignored. Default: today.")
    String asOf;

    @Reference
    ClassificationService engine;

    @Reference
    RunRepository runs;

    @Override
    public Object execute() {
        LocalDate date = asOf == null ? LocalDate.now() : LocalDate.parse(asOf);
        RunReport report = engine.classify(date);
        System.out.printf("Run %d as of %s: %d customers, %d classifiers, %d ms%n", report.runId(), report.asOf(),
                report.customers(), report.outcomes().size(), report.elapsed().toMillis());
        for (RunReport.ClassifierOutcome outcome : report.outcomes()) {
            System.out.printf("  %-14s %-8s %s%n", outcome.classifierId(), outcome.version(), outcome.succeeded()
                    ? "ok, " + outcome.classifications() + " labels in " + outcome.elapsed().toMillis() + " ms"
                    : "FAILED: " + outcome.failureReason());
        }
        runs.run(report.runId()).ifPresent(run -> TierSummary.printSummaries(System.out, run));
        TierSummary.print(System.out, runs.labelDistribution(report.runId()));
        return null;
    }
}
