package io.tierbench.engine.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.Label;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.LabelCount;
import io.tierbench.api.repository.MigrationMatrix;
import io.tierbench.api.repository.RunRepository;
import io.tierbench.api.tiering.CustomerMove;
import io.tierbench.api.tiering.Preview;
import io.tierbench.api.tiering.TagChange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares a dry run with the stored run it starts from: a migration matrix per scheme, the customers who move,
 * and the rule tags that would be gained or lost.
 */
final class PreviewComparison {

    private final CustomerRepository customers;
    private final RunRepository runs;
    private final long baseRunId;
    private final Map<List<String>, Label> storedTexts = new HashMap<>();
    private final List<MigrationMatrix> matrices = new ArrayList<>();
    private final List<CustomerMove> moves = new ArrayList<>();

    PreviewComparison(CustomerRepository customers, RunRepository runs, long baseRunId) {
        this.customers = customers;
        this.runs = runs;
        this.baseRunId = baseRunId;
        for (LabelCount count : runs.labelDistribution(baseRunId)) {
            storedTexts.put(List.of(count.classifierId(), count.scheme(), count.label().key()), count.label());
        }
    }

    /** @return the schemes the classifier labelled in the stored run */
    Set<String> storedSchemes(String classifierId) {
        Set<String> schemes = new TreeSet<>();
        storedTexts.keySet().stream().filter(key -> key.get(0).equals(classifierId)).forEach(key -> schemes.add(key
                .get(1)));
        return schemes;
    }

    /** Adds the matrix and the moves of one scheme, from the stored labels to the dry run's. */
    void compare(String classifierId, String scheme, List<Classification> dryRun) {
        Map<String, Label> before = new TreeMap<>();
        runs.labels(baseRunId, classifierId, scheme).forEach((customerId, key) -> before.put(customerId,
                storedTexts.get(List.of(classifierId, scheme, key))));
        Map<String, Label> after = new TreeMap<>();
        dryRun.stream().filter(c -> c.scheme().equals(scheme)).forEach(c -> after.put(c.customerId(), c.label()));
        matrices.add(MigrationCount.of(baseRunId, Preview.DRY_RUN, classifierId, scheme, before, after));
        Set<String> everyone = new TreeSet<>(before.keySet());
        everyone.addAll(after.keySet());
        for (String customerId : everyone) {
            Label from = before.get(customerId);
            Label to = after.get(customerId);
            if (!Objects.equals(key(from), key(to))) {
                moves.add(new CustomerMove(customerId, null, classifierId, scheme, from, to));
            }
        }
    }

    /** @return the stored rule tags against the dry run's, per tag that changes */
    List<TagChange> tagChanges(List<CustomerTag> dryRun) {
        Map<String, Set<String>> stored = new TreeMap<>();
        customers.forEachTag(tag -> {
            if (tag.source().equals(CustomerTag.RULE)) {
                stored.computeIfAbsent(tag.qualifiedName(), name -> new TreeSet<>()).add(tag.customerId());
            }
        });
        Map<String, Set<String>> wouldBe = new TreeMap<>();
        dryRun.forEach(tag -> wouldBe.computeIfAbsent(tag.qualifiedName(), name -> new TreeSet<>())
                .add(tag.customerId()));
        Set<String> names = new TreeSet<>(stored.keySet());
        names.addAll(wouldBe.keySet());
        List<TagChange> changes = new ArrayList<>();
        for (String name : names) {
            Set<String> gained = new TreeSet<>(wouldBe.getOrDefault(name, Set.of()));
            gained.removeAll(stored.getOrDefault(name, Set.of()));
            Set<String> lost = new TreeSet<>(stored.getOrDefault(name, Set.of()));
            lost.removeAll(wouldBe.getOrDefault(name, Set.of()));
            if (!gained.isEmpty() || !lost.isEmpty()) {
                changes.add(new TagChange(name, List.copyOf(gained), List.copyOf(lost)));
            }
        }
        return changes;
    }

    List<MigrationMatrix> matrices() {
        return List.copyOf(matrices);
    }

    /** @return the moves with each customer's name, read once for all */
    List<CustomerMove> moves() {
        if (moves.isEmpty()) {
            return List.of();
        }
        Set<String> moving = new TreeSet<>();
        moves.forEach(move -> moving.add(move.customerId()));
        Map<String, String> names = new HashMap<>();
        customers.forEachCustomer(customer -> {
            if (moving.contains(customer.externalId())) {
                names.put(customer.externalId(), customer.name());
            }
        });
        return moves.stream().map(move -> new CustomerMove(move.customerId(), names.get(move.customerId()),
                move.classifierId(), move.scheme(), move.from(), move.to())).toList();
    }

    private static String key(Label label) {
        return label == null ? null : label.key();
    }
}
