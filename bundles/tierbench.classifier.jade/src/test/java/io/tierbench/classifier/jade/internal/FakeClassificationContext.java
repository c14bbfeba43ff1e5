package io.tierbench.classifier.jade.internal;

import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.OrderStatus;
import io.tierbench.api.model.PurchaseFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A run over customers and orders written by hand. Purchase facts are aggregated the way the engine defines them
 * (completed orders up to the as-of date); {@link #forEachOrder} hands over every order, later ones included, so a
 * classifier that does not check dates is caught.
 */
class FakeClassificationContext implements ClassificationContext {

    private final LocalDate asOf;
    private final TreeMap<String, Customer> customers = new TreeMap<>();
    private final List<Order> orders = new ArrayList<>();

    FakeClassificationContext(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** Adds a customer with free attributes given as name, value, name, value ... */
    FakeClassificationContext person(String id, String... attributes) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            values.put(attributes[i], attributes[i + 1]);
        }
        customers.put(id, new Customer(id, id, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, values));
        return this;
    }

    /** Adds a completed order on the as-of date. */
    FakeClassificationContext bought(String id, String category, String amount) {
        return order(id, category, amount, OrderStatus.COMPLETED, asOf);
    }

    FakeClassificationContext order(String id, String category, String amount, OrderStatus status, LocalDate date) {
        orders.add(new Order("o" + (orders.size() + 1), id, date.atTime(12, 0), new BigDecimal(amount), null, 1,
                null, category, status));
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
        for (String id : customers.keySet()) {
            List<Order> purchases = orders.stream().filter(o -> o.customerId().equals(id) && o.status().isPurchase())
                    .filter(o -> !o.orderedAt().toLocalDate().isAfter(asOf))
                    .filter(o -> from == null || !o.orderedAt().toLocalDate().isBefore(from)).toList();
            if (purchases.isEmpty()) {
                facts.add(PurchaseFacts.none(id));
                continue;
            }
            LocalDate first = purchases.stream().map(o -> o.orderedAt().toLocalDate()).min(LocalDate::compareTo)
                    .orElseThrow();
            LocalDate last = purchases.stream().map(o -> o.orderedAt().toLocalDate()).max(LocalDate::compareTo)
                    .orElseThrow();
            BigDecimal total = purchases.stream().map(Order::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            facts.add(new PurchaseFacts(id, first, last, purchases.size(), (int) purchases.stream()
                    .map(o -> o.orderedAt().toLocalDate()).distinct().count(), total, BigDecimal.ZERO,
                    BigDecimal.ZERO, null, null));
        }
        return List.copyOf(facts);
    }

    @Override
    public Optional<Customer> customer(String externalId) {
        return Optional.ofNullable(customers.get(externalId));
    }

    @Override
    public void forEachOrder(Consumer<Order> visitor) {
        orders.forEach(visitor);
    }

    @Override
    public void forEachInteraction(Consumer<Interaction> visitor) {
        throw new UnsupportedOperationException("the jade classifier reads no interactions");
    }
}
