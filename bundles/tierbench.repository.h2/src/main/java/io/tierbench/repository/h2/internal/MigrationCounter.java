package io.tierbench.repository.h2.internal;

import io.tierbench.api.model.Label;
import io.tierbench.api.repository.MigrationMatrix;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts how customers moved between two runs' labels of one classifier and scheme. Both runs are read in
 * customer-id order and merged as a full outer join would pair them, so memory holds two pages and the counts,
 * whatever the number of customers: H2 has no FULL OUTER JOIN, and its GROUP BY is several times slower than a
 * Java pass (see {@code shared/notes/performance.md}).
 *
 * <p>The merge compares ids with {@link String#compareTo}, which is the order H2 sorts VARCHAR in under its default
 * collation, the one the repository's databases use.
 */
final class MigrationCounter {

    private record Pair(String from, String to) {
    }

    private final Connection connection;
    private final int pageSize;

    MigrationCounter(Connection connection, int pageSize) {
        this.connection = connection;
        this.pageSize = pageSize;
    }

    /** @throws IllegalArgumentException when either run is unknown */
    MigrationMatrix count(long fromRunId, long toRunId, String classifierId, String scheme) throws SQLException {
        requireRun(fromRunId);
        requireRun(toRunId);
        Map<Pair, Long> moves = new HashMap<>();
        try (LabelCursor from = new LabelCursor(connection, fromRunId, classifierId, scheme, pageSize);
                LabelCursor to = new LabelCursor(connection, toRunId, classifierId, scheme, pageSize)) {
            while (from.customerId() != null || to.customerId() != null) {
                int order = from.customerId() == null ? 1
                        : to.customerId() == null ? -1 : from.customerId().compareTo(to.customerId());
                moves.merge(new Pair(order <= 0 ? from.labelKey() : null, order >= 0 ? to.labelKey() : null), 1L,
                        Long::sum);
                if (order <= 0) {
                    from.advance();
                }
                if (order >= 0) {
                    to.advance();
                }
            }
            List<Label> labels = labels(from, to);
            return new MigrationMatrix(fromRunId, toRunId, classifierId, scheme, labels, ordered(moves, labels));
        }
    }

    /**
     * Every label key of either run: the earlier run's by count, most first, then the later run's others likewise.
     * A key in both runs carries the later run's texts, the wording reports show as current.
     */
    private static List<Label> labels(LabelCursor from, LabelCursor to) {
        Set<String> keys = new LinkedHashSet<>();
        for (LabelCursor run : List.of(from, to)) {
            run.counts().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(count -> keys.add(count.getKey()));
        }
        return keys.stream().map(key -> to.labels().getOrDefault(key, from.labels().get(key))).toList();
    }

    /** @return the moves ordered by from label, then to label, each in the order of the labels; none last */
    private static List<MigrationMatrix.Move> ordered(Map<Pair, Long> moves, List<Label> labels) {
        Map<String, Integer> position = new HashMap<>();
        labels.forEach(label -> position.put(label.key(), position.size()));
        Comparator<String> byPosition = Comparator.comparing(key -> key == null ? labels.size() : position.get(key));
        List<MigrationMatrix.Move> ordered = new ArrayList<>();
        moves.forEach((pair, customers) -> ordered.add(new MigrationMatrix.Move(pair.from(), pair.to(), customers)));
        ordered.sort(Comparator.comparing(MigrationMatrix.Move::fromLabel, byPosition)
                .thenComparing(MigrationMatrix.Move::toLabel, byPosition));
        return ordered;
    }

    private void requireRun(long runId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM runs WHERE run_id = ?")) {
            select.setLong(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalArgumentException("migration: unknown run " + runId);
                }
            }
        }
    }
}
