package io.tierbench.classifier.frequency.internal;

import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.InteractionChannel;
import io.tierbench.api.model.InteractionKind;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.PurchaseFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A run over purchases and interactions written by hand. Facts are aggregated the way the engine defines them
 * (completed purchases from the window start to the as-of date, both inclusive; purchase days are distinct dates);
 * interactions are streamed up to the as-of date in interaction-id order ({@code I0001}, … in the order added), as
 * the engine does. The fields the frequency classifier does not read stay empty.
 */
class FakeClassificationContext implements ClassificationContext {

    private record Purchase(LocalDate date, BigDecimal amount) {
    }

    private final LocalDate asOf;
    private final TreeMap<String, List<Purchase>> purchasesByCustomer = new TreeMap<>();
    private final List<Interaction> interactions = new ArrayList<>();

    FakeClassificationContext(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** Adds customers to the base, with or without purchases. */
    FakeClassificationContext customers(String... ids) {
        for (String id : ids) {
            purchasesByCustomer.computeIfAbsent(id, key -> new ArrayList<>());
        }
        return this;
    }

    /** Adds one completed purchase on each of the days (a day given twice is two orders that day). */
    FakeClassificationContext purchases(String id, String... days) {
        for (String day : days) {
            purchasesByCustomer.computeIfAbsent(id, key -> new ArrayList<>())
                    .add(new Purchase(LocalDate.parse(day), new BigDecimal("100.00")));
        }
        return this;
    }

    /** Adds one interaction of {@code kind} at 10:00 on each of the days; the customer need not be in the base. */
    FakeClassificationContext interactions(String customer, InteractionKind kind, String... days) {
        for (String day : days) {
            String id = String.format("I%04d", interactions.size() + 1);
            interactions.add(new Interaction(id, customer, LocalDate.parse(day).atTime(10, 0),
                    InteractionChannel.OTHER, kind, null, null, null));
        }
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
        return purchasesByCustomer.containsKey(externalId) ? Optional.of(Customer.of(externalId, externalId))
                : Optional.empty();
    }

    @Override
    public void forEachOrder(Consumer<Order> visitor) {
        throw new UnsupportedOperationException("frequency must classify from purchase facts and interactions");
    }

    @Override
    public void forEachInteraction(Consumer<Interaction> visitor) {
        interactions.stream().filter(i -> !i.occurredAt().toLocalDate().isAfter(asOf))
                .sorted(Comparator.comparing(Interaction::interactionId)).forEach(visitor);
    }
}
