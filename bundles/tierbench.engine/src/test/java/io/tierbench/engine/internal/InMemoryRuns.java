package io.tierbench.engine.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.LabelCount;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.api.repository.RunRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Records what the executor stores; only the calls the executor makes are meaningful. */
final class InMemoryRuns implements RunRepository {

    final Map<String, List<Classification>> results = new LinkedHashMap<>();
    final Map<String, String> failures = new LinkedHashMap<>();
    final Map<String, ClassifierInfo> infos = new LinkedHashMap<>();
    final List<Long> finished = new ArrayList<>();
    private long nextRun = 1;

    @Override
    public long startRun(LocalDate asOf) {
        return nextRun++;
    }

    @Override
    public void saveResults(long runId, ClassifierInfo classifier, String summary, List<Classification> list) {
        results.put(classifier.id(), list);
        infos.put(classifier.id(), classifier);
    }

    @Override
    public void saveFailure(long runId, ClassifierInfo classifier, String reason) {
        failures.put(classifier.id(), reason);
    }

    @Override
    public void finishRun(long runId) {
        finished.add(runId);
    }

    @Override
    public Optional<RunInfo> run(long runId) {
        return Optional.empty();
    }

    @Override
    public Optional<RunInfo> latestRun() {
        return Optional.empty();
    }

    @Override
    public List<RunInfo> runs() {
        return List.of();
    }

    @Override
    public List<LabelCount> labelDistribution(long runId) {
        return List.of();
    }

    @Override
    public List<io.tierbench.api.repository.StoredClassification> classificationsOf(long runId, String customerId) {
        return List.of();
    }

    @Override
    public Map<String, String> labels(long runId, String classifierId, String scheme) {
        return Map.of();
    }
}
