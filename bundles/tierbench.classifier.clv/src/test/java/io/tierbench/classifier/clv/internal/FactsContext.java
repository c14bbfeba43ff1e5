package io.tierbench.classifier.clv.internal;

import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.PurchaseFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A run over purchase facts given directly or aggregated from hand-written purchases the way the engine defines
 * them (every purchase an order; same-day orders share a purchase day). Counts how often the facts are asked for.
 */
class FactsContext implements ClassificationContext {

    /** One purchase order. */
    record Purchase(LocalDate date, BigDecimal amount) {
    }

    private final LocalDate asOf;
    private final List<PurchaseFacts> facts;
    private int factsRequests;

    FactsContext(LocalDate asOf, List<PurchaseFacts> facts) {
        this.asOf = asOf;
        this.facts = List.copyOf(facts);
    }

    /** Builds facts from purchases by customer id; a customer with an empty list has bought nothing. */
    static FactsContext of(LocalDate asOf, TreeMap<String, List<Purchase>> purchases) {
        List<PurchaseFacts> facts = new ArrayList<>();
        purchases.forEach((id, list) -> facts.add(aggregate(id, list)));
        return new FactsContext(asOf, facts);
    }

    static PurchaseFacts aggregate(String id, List<Purchase> purchases) {
        if (purchases.isEmpty()) {
            return PurchaseFacts.none(id);
        }
        LocalDate first = purchases.stream().map(Purchase::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = purchases.stream().map(Purchase::date).max(LocalDate::compareTo).orElseThrow();
        BigDecimal total = purchases.stream().map(Purchase::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal repeat = purchases.stream().filter(p -> p.date().isAfter(first)).map(Purchase::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal max = purchases.stream().map(Purchase::amount).max(BigDecimal::compareTo).orElseThrow();
        int days = (int) purchases.stream().map(Purchase::date).distinct().count();
        return new PurchaseFacts(id, first, last, purchases.size(), days, total, repeat, max, null, null);
    }

    int factsRequests() {
        return factsRequests;
    }

    @Override
    public LocalDate asOf() {
        return asOf;
    }

    @Override
    public List<PurchaseFacts> facts() {
        factsRequests++;
        return facts;
    }

    @Override
    public List<PurchaseFacts> facts(LocalDate from) {
        if (from != null) {
            throw new UnsupportedOperationException("CLV uses all history up to the as-of date");
        }
        return facts();
    }

    @Override
    public Optional<Customer> customer(String externalId) {
        return Optional.of(Customer.of(externalId, externalId));
    }

    @Override
    public void forEachOrder(Consumer<Order> visitor) {
        throw new UnsupportedOperationException("CLV must classify from the purchase facts alone");
    }

    @Override
    public void forEachInteraction(Consumer<Interaction> visitor) {
        throw new UnsupportedOperationException("CLV must classify from the purchase facts alone");
    }
}
