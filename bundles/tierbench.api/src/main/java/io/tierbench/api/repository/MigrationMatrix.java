package io.tierbench.api.repository;

import io.tierbench.api.model.Label;
import java.util.List;
import java.util.Objects;

/**
 * How many customers moved from each label to each label of one classifier and scheme between two runs.
 *
 * @param fromRunId the earlier run
 * @param toRunId the later run
 * @param classifierId the classifier
 * @param scheme the scheme
 * @param labels every label seen in either run, the earlier run's most frequent first, then the later run's others
 * @param moves one entry per (from, to) pair with at least one customer; a {@code null} label means the customer
 *        was not labelled in that run (new, or gone)
 * @since 1.1
 */
public record MigrationMatrix(long fromRunId, long toRunId, String classifierId, String scheme, List<Label> labels,
        List<Move> moves) {

    public MigrationMatrix {
        Objects.requireNonNull(classifierId, "classifierId");
        Objects.requireNonNull(scheme, "scheme");
        labels = List.copyOf(labels);
        moves = List.copyOf(moves);
    }

    /**
     * @param fromLabel label key in the earlier run, or {@code null} when the customer was not labelled then
     * @param toLabel label key in the later run, or {@code null} when the customer is not labelled now
     * @param customers how many customers made this move
     */
    public record Move(String fromLabel, String toLabel, long customers) {
    }

    /** @return customers that went from one label key to another ({@code null} for unlabelled) */
    public long count(String fromLabel, String toLabel) {
        return moves.stream()
                .filter(m -> Objects.equals(m.fromLabel(), fromLabel) && Objects.equals(m.toLabel(), toLabel))
                .mapToLong(Move::customers).sum();
    }

    /** @return customers labelled in both runs whose label changed */
    public long moved() {
        return moves.stream()
                .filter(m -> m.fromLabel() != null && m.toLabel() != null && !m.fromLabel().equals(m.toLabel()))
                .mapToLong(Move::customers).sum();
    }
}
