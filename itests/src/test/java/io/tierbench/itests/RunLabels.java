package io.tierbench.itests;

import io.tierbench.api.engine.RunReport;
import io.tierbench.api.engine.RunReport.ClassifierOutcome;
import io.tierbench.api.model.Label;
import io.tierbench.api.repository.LabelCount;
import io.tierbench.api.repository.RunRepository;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** What a stored run labelled, read back through {@link RunRepository#labelDistribution(long)}. */
final class RunLabels {

    private final long runId;
    private final List<LabelCount> counts;

    private RunLabels(long runId, List<LabelCount> counts) {
        this.runId = runId;
        this.counts = List.copyOf(counts);
    }

    static RunLabels of(RunRepository runs, RunReport report) {
        return new RunLabels(report.runId(), runs.labelDistribution(report.runId()));
    }

    /** @return whether the run found the classifier and it completed */
    static boolean succeeded(RunReport report, String classifierId) {
        return outcome(report, classifierId).map(ClassifierOutcome::succeeded).orElse(false);
    }

    /** @return the classifier's part of the run report, or empty when the run did not find the classifier */
    static Optional<ClassifierOutcome> outcome(RunReport report, String classifierId) {
        return report.outcomes().stream().filter(o -> o.classifierId().equals(classifierId)).findFirst();
    }

    /** @return the label keys stored for one classifier and scheme, sorted */
    Set<String> keys(String classifierId, String scheme) {
        return select(classifierId, scheme).stream().map(c -> c.label().key())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** @return the stored label with this key, or empty */
    Optional<Label> label(String classifierId, String scheme, String key) {
        return select(classifierId, scheme).stream().map(LabelCount::label).filter(l -> l.key().equals(key))
                .findFirst();
    }

    /** @return the number of customers labelled under one classifier and scheme */
    long customers(String classifierId, String scheme) {
        return select(classifierId, scheme).stream().mapToLong(LabelCount::customers).sum();
    }

    /** @return whether the run stored any label of the classifier */
    boolean hasClassifier(String classifierId) {
        return counts.stream().anyMatch(c -> c.classifierId().equals(classifierId));
    }

    private List<LabelCount> select(String classifierId, String scheme) {
        return counts.stream().filter(c -> c.classifierId().equals(classifierId) && c.scheme().equals(scheme))
                .toList();
    }

    @Override
    public String toString() {
        return "run " + runId + " " + counts;
    }
}
