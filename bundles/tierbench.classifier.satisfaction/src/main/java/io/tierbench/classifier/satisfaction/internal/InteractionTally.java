package io.tierbench.classifier.satisfaction.internal;

import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.InteractionKind;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Folds the stream of interactions into one {@link CustomerFeedback} per customer of the base. CSAT, NPS and
 * feedback texts count inside the interaction window; complaints count inside their own, shorter window.
 */
final class InteractionTally implements Consumer<Interaction> {

    private final LocalDate asOf;
    private final LocalDate windowStart;
    private final LocalDate complaintStart;
    private final PolarityLexicon lexicon;
    private final Map<String, CustomerFeedback> byCustomer;
    private long read;
    private long inWindow;
    private long outsideBase;

    /**
     * @param customerIds every customer of the base; interactions of other customers are counted and skipped
     */
    InteractionTally(SatisfactionSettings settings, LocalDate asOf, List<String> customerIds) {
        this.asOf = asOf;
        this.windowStart = settings.windowStart(asOf);
        this.complaintStart = settings.complaintStart(asOf);
        this.lexicon = settings.lexicon();
        this.byCustomer = new HashMap<>(customerIds.size() * 4 / 3 + 1);
        customerIds.forEach(id -> byCustomer.put(id, new CustomerFeedback()));
    }

    @Override
    public void accept(Interaction interaction) {
        read++;
        CustomerFeedback feedback = byCustomer.get(interaction.customerId());
        LocalDate day = interaction.occurredAt().toLocalDate();
        // the engine streams nothing after the as-of date; the check keeps a run reproducible if one slips through
        if (feedback == null || day.isAfter(asOf)) {
            outsideBase += feedback == null ? 1 : 0;
            return;
        }
        if (interaction.kind() == InteractionKind.COMPLAINT && !day.isBefore(complaintStart)) {
            feedback.addComplaint();
        }
        if (windowStart != null && day.isBefore(windowStart)) {
            return;
        }
        inWindow++;
        if (interaction.csat() != null) {
            feedback.addCsat(interaction.csat());
        }
        if (interaction.nps() != null) {
            feedback.offerNps(interaction);
        }
        if (interaction.kind() == InteractionKind.FEEDBACK) {
            feedback.addFeedback(lexicon.polarity(interaction.text()));
        }
    }

    /** @return the customer's tally; empty for a customer without interactions */
    CustomerFeedback of(String customerId) {
        return byCustomer.get(customerId);
    }

    /** @return e.g. {@code 615 interactions read, 230 in the window, 0 of customers outside the base} */
    String describe() {
        return Words.count(read, "interaction") + " read, " + inWindow + " in the window, " + outsideBase
                + " of customers outside the base (skipped)";
    }
}
