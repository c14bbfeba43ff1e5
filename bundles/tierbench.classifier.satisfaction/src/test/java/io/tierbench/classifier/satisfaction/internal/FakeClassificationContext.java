package io.tierbench.classifier.satisfaction.internal;

import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.InteractionChannel;
import io.tierbench.api.model.InteractionKind;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.PurchaseFacts;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A run over interactions written by hand, each at noon on a day counted back from the as-of date. Interactions
 * are streamed in interaction-id order, as the engine does; ids are {@code I0001}, {@code I0002}, … in the order
 * they are added.
 */
class FakeClassificationContext implements ClassificationContext {

    private static final LocalTime NOON = LocalTime.NOON;

    private final LocalDate asOf;
    private final TreeSet<String> customers = new TreeSet<>();
    private final List<Interaction> interactions = new ArrayList<>();

    FakeClassificationContext(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** Adds customers of the base, with or without interactions. */
    FakeClassificationContext customers(String... ids) {
        customers.addAll(List.of(ids));
        return this;
    }

    /** Adds an interaction of a customer of the base {@code daysAgo} days before the as-of date. */
    FakeClassificationContext interaction(String customer, long daysAgo, InteractionKind kind, String text,
            Integer csat, Integer nps) {
        customers.add(customer);
        return interactionOutsideBase(customer, daysAgo, kind, text, csat, nps);
    }

    /** Adds an interaction without adding its customer to the base. */
    FakeClassificationContext interactionOutsideBase(String customer, long daysAgo, InteractionKind kind,
            String text, Integer csat, Integer nps) {
        String id = String.format("I%04d", interactions.size() + 1);
        interactions.add(new Interaction(id, customer, asOf.minusDays(daysAgo).atTime(NOON), InteractionChannel.OTHER,
                kind, text, csat, nps));
        return this;
    }

    FakeClassificationContext csat(String customer, long daysAgo, int... answers) {
        for (int answer : answers) {
            interaction(customer, daysAgo, InteractionKind.SERVICE, null, answer, null);
        }
        return this;
    }

    FakeClassificationContext nps(String customer, long daysAgo, int answer) {
        return interaction(customer, daysAgo, InteractionKind.REFERRAL, null, null, answer);
    }

    FakeClassificationContext feedback(String customer, long daysAgo, String text) {
        return interaction(customer, daysAgo, InteractionKind.FEEDBACK, text, null, null);
    }

    FakeClassificationContext complaints(String customer, long daysAgo, int count) {
        for (int i = 0; i < count; i++) {
            interaction(customer, daysAgo, InteractionKind.COMPLAINT, "物流太慢", null, null);
        }
        return this;
    }

    @Override
    public LocalDate asOf() {
        return asOf;
    }

    @Override
    public List<PurchaseFacts> facts() {
        return customers.stream().map(PurchaseFacts::none).toList();
    }

    @Override
    public List<PurchaseFacts> facts(LocalDate from) {
        return facts();
    }

    @Override
    public Optional<Customer> customer(String externalId) {
        return customers.contains(externalId) ? Optional.of(Customer.of(externalId, externalId)) : Optional.empty();
    }

    @Override
    public void forEachOrder(Consumer<Order> visitor) {
        throw new UnsupportedOperationException("satisfaction must classify from interactions alone");
    }

    @Override
    public void forEachInteraction(Consumer<Interaction> visitor) {
        interactions.stream().sorted(Comparator.comparing(Interaction::interactionId)).forEach(visitor);
    }
}
