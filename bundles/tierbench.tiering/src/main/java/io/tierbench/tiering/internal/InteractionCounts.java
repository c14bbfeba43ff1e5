package io.tierbench.tiering.internal;

import io.tierbench.api.model.Interaction;
import io.tierbench.api.repository.CustomerRepository;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interactions of every customer by kind in the windows of {@link Variables#INTERACTION_WINDOWS}, from one pass over
 * the interactions up to the as-of date.
 */
final class InteractionCounts {

    /** One customer's counts: [kind of {@link Variables#INTERACTION_KINDS}][window]. */
    record Counts(int[][] byKindAndWindow) {

        static Counts none() {
            return new Counts(new int[Variables.INTERACTION_KINDS.size()][Variables.INTERACTION_WINDOWS.size()]);
        }

        int count(int kind, int window) {
            return byKindAndWindow[kind][window];
        }
    }

    private static final int TOTAL = Variables.INTERACTION_KINDS.indexOf("total");

    private InteractionCounts() {
    }

    static Map<String, Counts> read(CustomerRepository repository, LocalDate asOf) {
        List<Integer> windows = Variables.INTERACTION_WINDOWS;
        Map<String, Counts> counts = new HashMap<>();
        repository.forEachInteraction(asOf, (Interaction interaction) -> {
            LocalDate day = interaction.occurredAt().toLocalDate();
            int kind = Variables.INTERACTION_KINDS.indexOf(interaction.kind().name().toLowerCase(java.util.Locale.ROOT));
            for (int w = 0; w < windows.size(); w++) {
                if (!day.isBefore(asOf.minusDays(windows.get(w) - 1L)) && !day.isAfter(asOf)) {
                    int[][] customer = counts.computeIfAbsent(interaction.customerId(), id -> Counts.none())
                            .byKindAndWindow();
                    customer[kind][w]++;
                    customer[TOTAL][w]++;
                }
            }
        });
        return counts;
    }
}
