package io.tierbench.api.tiering;

import io.tierbench.api.repository.MigrationMatrix;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer to a dry run.
 *
 * @param baseRunId the latest finished run, the "before" side
 * @param asOf that run's as-of date, at which the dry run was evaluated
 * @param change what was previewed
 * @param matrices one matrix per scheme of the changed classifier (if any), then the tier's; the "after" side has
 *        run id {@value #DRY_RUN}
 * @param moves every customer whose label or tier would change, ordered by classifier, scheme and customer id
 * @param tagChanges per rule tag whose holders would change, who would gain and who would lose it
 * @param notes what the preview could not take into account, or what it assumed
 * @since 1.0
 */
public record Preview(long baseRunId, LocalDate asOf, ConfigurationChange change, List<MigrationMatrix> matrices,
        List<CustomerMove> moves, List<TagChange> tagChanges, List<String> notes) {

    /** The run id of the "after" side of a preview's matrices: nothing was stored. */
    public static final long DRY_RUN = 0;

    public Preview {
        matrices = List.copyOf(matrices);
        moves = List.copyOf(moves);
        tagChanges = List.copyOf(tagChanges);
        notes = List.copyOf(notes);
    }
}
