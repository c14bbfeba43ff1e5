package io.tierbench.engine.internal;

import io.tierbench.api.model.Label;
import io.tierbench.api.repository.MigrationMatrix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A migration matrix between two label assignments held in memory, ordered as the repository orders a stored one
 * ({@link io.tierbench.api.repository.RunRepository#migration}): labels by customers in the earlier assignment, most
 * first, then the later one's others likewise; a key in both takes the later texts; moves by the position of their
 * labels, "none" last. So a dry run's matrix equals the one of the run it predicts.
 */
final class MigrationCount {

    private MigrationCount() {
    }

    /**
     * @param before customer id to label in the earlier run
     * @param after customer id to label in the dry run
     */
    static MigrationMatrix of(long fromRunId, long toRunId, String classifierId, String scheme,
            Map<String, Label> before, Map<String, Label> after) {
        Map<List<String>, Long> counts = new HashMap<>();
        TreeSet<String> customers = new TreeSet<>(before.keySet());
        customers.addAll(after.keySet());
        for (String customer : customers) {
            counts.merge(java.util.Arrays.asList(key(before.get(customer)), key(after.get(customer))), 1L, Long::sum);
        }
        Map<String, Label> texts = new HashMap<>();
        before.values().forEach(label -> texts.putIfAbsent(label.key(), label));
        after.values().forEach(label -> texts.put(label.key(), label));
        Map<String, Label> labels = new LinkedHashMap<>();
        for (Map<String, Label> side : List.of(before, after)) {
            byCount(side).forEach(key -> labels.putIfAbsent(key, texts.get(key)));
        }
        List<Label> ordered = List.copyOf(labels.values());
        Map<String, Integer> position = new HashMap<>();
        ordered.forEach(label -> position.put(label.key(), position.size()));
        Comparator<String> byPosition = Comparator.comparing(key -> key == null ? ordered.size() : position.get(key));
        List<MigrationMatrix.Move> moves = new ArrayList<>();
        counts.forEach((pair, n) -> moves.add(new MigrationMatrix.Move(pair.get(0), pair.get(1), n)));
        moves.sort(Comparator.comparing(MigrationMatrix.Move::fromLabel, byPosition)
                .thenComparing(MigrationMatrix.Move::toLabel, byPosition));
        return new MigrationMatrix(fromRunId, toRunId, classifierId, scheme, ordered, moves);
    }

    /** @return the label keys of one side, most customers first, ties by key */
    private static List<String> byCount(Map<String, Label> side) {
        Map<String, Long> counts = new HashMap<>();
        side.values().forEach(label -> counts.merge(label.key(), 1L, Long::sum));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    private static String key(Label label) {
        return label == null ? null : Objects.requireNonNull(label.key());
    }
}
