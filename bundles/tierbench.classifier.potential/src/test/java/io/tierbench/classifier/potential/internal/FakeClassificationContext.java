package io.tierbench.classifier.potential.internal;

import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerType;
import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.PurchaseFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A run over customers and purchases written by hand. Facts are aggregated the way the engine defines them
 * (completed purchases from the window start to the as-of date, both inclusive); the fields the potential classifier
 * does not read stay empty.
 */
class FakeClassificationContext implements ClassificationContext {

    private record Purchase(LocalDate date, BigDecimal amount) {
    }

    private final LocalDate asOf;
    private final Map<String, Customer> customers = new HashMap<>();
    private final TreeMap<String, List<Purchase>> purchasesByCustomer = new TreeMap<>();

    FakeClassificationContext(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** Adds a company; {@code industry} and {@code employees} may be {@code null}. */
    FakeClassificationContext company(String id, String industry, Integer employees) {
        customers.put(id, new Customer(id, id, CustomerType.COMPANY, null, null, null, null, null, null, null, null,
                null, null, industry, employees, null, null, null, Map.of()));
        purchasesByCustomer.computeIfAbsent(id, key -> new ArrayList<>());
        return this;
    }

    /** Adds a private person (no industry, no size). */
    FakeClassificationContext person(String id) {
        customers.put(id, Customer.of(id, id));
        purchasesByCustomer.computeIfAbsent(id, key -> new ArrayList<>());
        return this;
    }

    /** Adds one completed purchase of a customer added before. */
    FakeClassificationContext purchase(String id, String day, String amount) {
        if (!customers.containsKey(id)) {
            throw new IllegalArgumentException("add the customer first: " + id);
        }
        purchasesByCustomer.get(id).add(new Purchase(LocalDate.parse(day), new BigDecimal(amount)));
        return this;
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
        return Optional.ofNullable(customers.get(externalId));
    }

    @Override
    public void forEachOrder(Consumer<Order> visitor) {
        throw new UnsupportedOperationException("potential must classify from the purchase facts alone");
    }

    @Override
    public void forEachInteraction(Consumer<Interaction> visitor) {
        throw new UnsupportedOperationException("potential must classify from the purchase facts alone");
    }
}
