package io.tierbench.report.support;

import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.api.repository.CustomerRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** What the engine hands a classifier, read straight from the repository: enough to run the shipped classifiers. */
final class RepositoryContext implements ClassificationContext {

    private final CustomerRepository customers;
    private final LocalDate asOf;

    RepositoryContext(CustomerRepository customers, LocalDate asOf) {
        this.customers = customers;
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
        List<PurchaseFacts> facts = new ArrayList<>();
        customers.forEachPurchaseFacts(from, asOf, facts::add);
        return List.copyOf(facts);
    }

    @Override
    public Optional<Customer> customer(String externalId) {
        return customers.findCustomer(externalId);
    }

    @Override
    public void forEachOrder(Consumer<Order> visitor) {
        customers.forEachOrder(asOf, visitor);
    }

    @Override
    public void forEachInteraction(Consumer<Interaction> visitor) {
        customers.forEachInteraction(asOf, visitor);
    }
}
