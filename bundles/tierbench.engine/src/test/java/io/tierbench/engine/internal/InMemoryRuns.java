package io.tierbench.engine.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.model.Label;
import io.tierbench.api.repository.LabelCount;
import io.tierbench.api.repository.MigrationMatrix;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.api.repository.RunRepository;
import io.tierbench.api.repository.StoredClassification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Records what the executor stores; the executor's calls and the streamed reads of a run are meaningful, the
 * run listings are not kept.
 */
final class InMemoryRuns implements RunRepository {

    /** The latest results of each classifier, whatever the run. */
    final Map<String, List<Classification>> results = new LinkedHashMap<>();
    final Map<String, String> failures = new LinkedHashMap<>();
    final Map<String, ClassifierInfo> infos = new LinkedHashMap<>();
    final List<Long> finished = new ArrayList<>();
    /** Each run's results per classifier id. */
    private final Map<Long, Map<String, List<Classification>>> byRun = new HashMap<>();
    private long nextRun = 1;

    @Override
    public long startRun(LocalDate asOf) {
        byRun.put(nextRun, new TreeMap<>());
        return nextRun++;
    }

    @Override
    public void saveResults(long runId, ClassifierInfo classifier, String summary, List<Classification> list) {
        results.put(classifier.id(), list);
        infos.put(classifier.id(), classifier);
        byRun.computeIfAbsent(runId, id -> new TreeMap<>()).put(classifier.id(), List.copyOf(list));
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
    public List<StoredClassification> classificationsOf(long runId, String customerId) {
        List<StoredClassification> ofCustomer = new ArrayList<>();
        forEachClassification(runId, stored -> {
            if (stored.classification().customerId().equals(customerId)) {
                ofCustomer.add(stored);
            }
        });
        return ofCustomer;
    }

    @Override
    public Map<String, String> labels(long runId, String classifierId, String scheme) {
        Map<String, String> labels = new TreeMap<>();
        byRun.getOrDefault(runId, Map.of()).getOrDefault(classifierId, List.of()).stream()
                .filter(c -> c.scheme().equals(scheme))
                .forEach(c -> labels.put(c.customerId(), c.label().key()));
        return labels;
    }

    @Override
    public void forEachClassification(long runId, Consumer<StoredClassification> visitor) {
        List<StoredClassification> all = new ArrayList<>();
        byRun.getOrDefault(runId, Map.of()).forEach((classifierId, list) ->
                list.forEach(c -> all.add(new StoredClassification(classifierId, c))));
        all.sort(Comparator.comparing((StoredClassification s) -> s.classification().customerId())
                .thenComparing(StoredClassification::classifierId)
                .thenComparing(s -> s.classification().scheme()));
        all.forEach(visitor);
    }

    @Override
    public MigrationMatrix migration(long fromRunId, long toRunId, String classifierId, String scheme) {
        for (long runId : new long[] {fromRunId, toRunId}) {
            if (!byRun.containsKey(runId)) {
                throw new IllegalArgumentException("migration: unknown run " + runId);
            }
        }
        Map<String, Label> from = labelsOf(fromRunId, classifierId, scheme);
        Map<String, Label> to = labelsOf(toRunId, classifierId, scheme);
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        Set<String> customers = new TreeSet<>(from.keySet());
        customers.addAll(to.keySet());
        for (String customer : customers) {
            counts.merge(Arrays.asList(keyOf(from.get(customer)), keyOf(to.get(customer))), 1L, Long::sum);
        }
        Map<String, Label> labels = new LinkedHashMap<>();
        byFrequency(from).forEach(label -> labels.put(label.key(), label));
        // A key of both runs keeps its place and takes the later run's wording.
        byFrequency(to).forEach(label -> labels.put(label.key(), label));
        List<MigrationMatrix.Move> moves = new ArrayList<>();
        counts.forEach((pair, n) -> moves.add(new MigrationMatrix.Move(pair.get(0), pair.get(1), n)));
        return new MigrationMatrix(fromRunId, toRunId, classifierId, scheme, List.copyOf(labels.values()), moves);
    }

    /** @return customer id to label of one classifier and scheme in a run */
    private Map<String, Label> labelsOf(long runId, String classifierId, String scheme) {
        Map<String, Label> labels = new HashMap<>();
        byRun.get(runId).getOrDefault(classifierId, List.of()).stream()
                .filter(c -> c.scheme().equals(scheme))
                .forEach(c -> labels.put(c.customerId(), c.label()));
        return labels;
    }

    /** @return the distinct labels, most customers first, then by key */
    private static List<Label> byFrequency(Map<String, Label> labelled) {
        Map<String, Long> counts = new HashMap<>();
        Map<String, Label> byKey = new HashMap<>();
        labelled.values().forEach(label -> {
            counts.merge(label.key(), 1L, Long::sum);
            byKey.putIfAbsent(label.key(), label);
        });
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> byKey.get(entry.getKey())).toList();
    }

    private static String keyOf(Label label) {
        return label == null ? null : label.key();
    }
}
