package io.tierbench.classifier.support.standalone;

import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.api.repository.CustomerRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the engine shows a classifier, read straight from a repository, for running the real classifiers outside
 * OSGi: in tests and benchmarks of the bundles that read their results (reports, tiering).
 */
public final class RepositoryContext implements ClassificationContext {

    private final CustomerRepository repository;
    private final LocalDate asOf;
    private final Map<Optional<LocalDate>, List<PurchaseFacts>> facts = new HashMap<>();

    public RepositoryContext(CustomerRepository repository, LocalDate asOf) {
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
        return facts.computeIfAbsent(Optional.ofNullable(from), window -> {
            List<PurchaseFacts> read = new ArrayList<>();
            repository.forEachPurchaseFacts(from, asOf, read::add);
            return Collections.unmodifiableList(read);
        });
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
}
