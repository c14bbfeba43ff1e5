package io.tierbench.classifier.abc.internal;

import io.tierbench.api.model.PurchaseFacts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The customers of one run in Pareto order: revenue descending, ties by external id ascending, with what the
 * customers before each one add up to.
 */
final class AbcRanking {

    /**
     * One customer in the ranking.
     *
     * @param rank 1 for the highest revenue
     * @param facts the customer's purchase facts over the window
     * @param revenueBefore the revenue of the customers ranked before it (only positive revenue counts)
     * @param withRevenueBefore the number of customers with revenue ranked before it
     */
    record Entry(int rank, PurchaseFacts facts, BigDecimal revenueBefore, int withRevenueBefore) {

        BigDecimal revenue() {
            return facts.totalSpend();
        }

        /** @return whether the customer has positive revenue in the window */
        boolean hasRevenue() {
            return facts.totalSpend().signum() > 0;
        }
    }

    private static final Comparator<PurchaseFacts> PARETO_ORDER = Comparator
            .comparing(PurchaseFacts::totalSpend, Comparator.reverseOrder())
            .thenComparing(PurchaseFacts::customerId);

    private final List<Entry> entries;
    private final BigDecimal totalRevenue;
    private final int withRevenue;

    private AbcRanking(List<Entry> entries, BigDecimal totalRevenue, int withRevenue) {
        this.entries = entries;
        this.totalRevenue = totalRevenue;
        this.withRevenue = withRevenue;
    }

    /** @param facts every customer's facts over the window */
    static AbcRanking of(List<PurchaseFacts> facts) {
        List<PurchaseFacts> ordered = new ArrayList<>(facts);
        ordered.sort(PARETO_ORDER);
        List<Entry> entries = new ArrayList<>(ordered.size());
        BigDecimal cumulative = BigDecimal.ZERO;
        int withRevenue = 0;
        for (PurchaseFacts customer : ordered) {
            Entry entry = new Entry(entries.size() + 1, customer, cumulative, withRevenue);
            entries.add(entry);
            if (entry.hasRevenue()) {
                cumulative = cumulative.add(customer.totalSpend());
                withRevenue++;
            }
        }
        return new AbcRanking(List.copyOf(entries), cumulative, withRevenue);
    }

    /** @return every customer, best first */
    List<Entry> entries() {
        return entries;
    }

    /** @return the revenue of all customers with positive revenue */
    BigDecimal totalRevenue() {
        return totalRevenue;
    }

    /** @return the number of customers with positive revenue */
    int withRevenue() {
        return withRevenue;
    }

    /** @return the number of customers ranked */
    int size() {
        return entries.size();
    }
}
