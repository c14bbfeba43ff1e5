package io.tierbench.engine.internal;

import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.api.repository.CustomerRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The view of the repository that every classifier of one run shares: facts are read once per window and handed to
 * every classifier that asks for the same window.
 */
final class RunContext implements ClassificationContext {

    /** Stands for "all history" as a map key, since ConcurrentHashMap takes no null keys. */
    private static final LocalDate ALL_HISTORY = LocalDate.MIN;

    private final CustomerRepository repository;
    private final LocalDate asOf;
    private final Map<LocalDate, List<PurchaseFacts>> factsByWindowStart = new ConcurrentHashMap<>();

    RunContext(CustomerRepository repository, LocalDate asOf) {
        this.repository = repository;
        this.asOf = asOf;
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
        LocalDate key = from == null ? ALL_HISTORY : from;
        return factsByWindowStart.computeIfAbsent(key, start -> readFacts(from));
    }

    private List<PurchaseFacts> readFacts(LocalDate from) {
        List<PurchaseFacts> facts = new ArrayList<>();
        repository.forEachPurchaseFacts(from, asOf, facts::add);
        return Collections.unmodifiableList(facts);
    }

    @Override
    public Optional<Customer> customer(String externalId) {
        return repository.findCustomer(externalId);
    }

    @Override
    public void forEachCustomer(Consumer<Customer> visitor) {
        repository.forEachCustomer(visitor);
    }

    @Override
    public void forEachOrder(Consumer<Order> visitor) {
        repository.forEachOrder(asOf, visitor);
    }

    @Override
    public void forEachInteraction(Consumer<Interaction> visitor) {
        repository.forEachInteraction(asOf, visitor);
    }

    /** @return the number of customers in the base */
    long customerCount() {
        return facts().size();
    }
}
