package io.tierbench.classifier.frequency.internal;

import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.InteractionKind;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Counts, per customer of the base, the interactions of the counted kinds whose day lies in the window; one pass
 * over the stream, constant memory per customer.
 */
final class InteractionCounter implements Consumer<Interaction> {

    /** What one customer's interactions in the window add up to. */
    static final class Tally {
        private int counted;
        private int otherKinds;

        /** @return interactions of the counted kinds in the window */
        int counted() {
            return counted;
        }

        /** @return interactions in the window of kinds that do not count */
        int otherKinds() {
            return otherKinds;
        }
    }

    private final LocalDate asOf;
    private final CountWindow window;
    private final Set<InteractionKind> kinds;
    private final Map<String, Tally> byCustomer;
    private long read;
    private long counted;
    private long otherKinds;
    private long outsideWindow;
    private long outsideBase;

    /** @param customerIds every customer of the base; interactions of others are skipped and counted as such */
    InteractionCounter(LocalDate asOf, CountWindow window, Set<InteractionKind> kinds, List<String> customerIds) {
        this.asOf = asOf;
        this.window = window;
        this.kinds = kinds;
        this.byCustomer = new HashMap<>(customerIds.size() * 4 / 3 + 1);
        customerIds.forEach(id -> byCustomer.put(id, new Tally()));
    }

    @Override
    public void accept(Interaction interaction) {
        read++;
        Tally tally = byCustomer.get(interaction.customerId());
        if (tally == null) {
            outsideBase++;
        } else if (!window.contains(asOf, interaction.occurredAt().toLocalDate())) {
            // before the window, or (should the stream ever hold one) after the as-of date
            outsideWindow++;
        } else if (kinds.contains(interaction.kind())) {
            tally.counted++;
            counted++;
        } else {
            tally.otherKinds++;
            otherKinds++;
        }
    }

    /** @return the tally of a customer of the base */
    Tally of(String customerId) {
        return byCustomer.get(customerId);
    }

    /** @return e.g. {@code 615 interactions read: 230 counted, 12 of other kinds, 370 outside the window, ...} */
    String describe() {
        return read + " interactions read: " + counted + " counted, " + otherKinds + " in the window of kinds not "
                + "counted, " + outsideWindow + " outside the window, " + outsideBase
                + " of customers outside the base (skipped)";
    }
}
