package io.tierbench.classifier.abc.internal;

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
 * A run over purchases written by hand. Facts are aggregated the way the engine defines them (purchases from the
 * window start to the as-of date, both inclusive); the fields ABC does not read stay empty.
 */
class FakeClassificationContext implements ClassificationContext {

    private record Purchase(LocalDate date, BigDecimal amount) {
    }

    private final LocalDate asOf;
    private final TreeMap<String, List<Purchase>> purchasesByCustomer = new TreeMap<>();

    FakeClassificationContext(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** Adds a customer who has bought nothing. */
    FakeClassificationContext nonBuyer(String id) {
        purchasesByCustomer.computeIfAbsent(id, key -> new ArrayList<>());
        return this;
    }

    /** Adds one purchase. */
    FakeClassificationContext purchase(String id, LocalDate date, String amount) {
        purchasesByCustomer.computeIfAbsent(id, key -> new ArrayList<>()).add(new Purchase(date, new BigDecimal(amount)));
        return this;
    }

    /** Adds one purchase of {@code amount} on the as-of date. */
    FakeClassificationContext buyer(String id, String amount) {
        return purchase(id, asOf, amount);
    }

    @Override
    public LocalDate asOf() {
        return asOf;
    }

    @Override
    public List<PurchaseFacts> facts() {
        return facts(null);
    }

    @Override
    public List<PurchaseFacts> facts(LocalDate from) {
        List<PurchaseFacts> facts = new ArrayList<>();
        purchasesByCustomer.forEach((id, purchases) -> facts.add(aggregate(id, purchases.stream()
                .filter(p -> !p.date().isAfter(asOf) && (from == null || !p.date().isBefore(from))).toList())));
        return List.copyOf(facts);
    }

    private static PurchaseFacts aggregate(String id, List<Purchase> purchases) {
        if (purchases.isEmpty()) {
            return PurchaseFacts.none(id);
        }
        LocalDate first = purchases.stream().map(Purchase::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = purchases.stream().map(Purchase::date).max(LocalDate::compareTo).orElseThrow();
        BigDecimal total = purchases.stream().map(Purchase::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        int days = (int) purchases.stream().map(Purchase::date).distinct().count();
        return new PurchaseFacts(id, first, last, purchases.size(), days, total, BigDecimal.ZERO, BigDecimal.ZERO,
                null, null);
    }

    @Override
    public Optional<Customer> customer(String externalId) {
        return purchasesByCustomer.containsKey(externalId) ? Optional.of(Customer.of(externalId, externalId))
                : Optional.empty();
    }

    @Override
    public void forEachOrder(Consumer<Order> visitor) {
        throw new UnsupportedOperationException("ABC must classify from the purchase facts alone");
    }

    @Override
    public void forEachInteraction(Consumer<Interaction> visitor) {
        throw new UnsupportedOperationException("ABC must classify from the purchase facts alone");
    }
}
