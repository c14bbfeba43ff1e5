package io.tierbench.rest.internal;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.api.model.TagDefinition;
import io.tierbench.api.model.TierOverride;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RepositoryTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The repository as an importer sees it during a preview: reads and writes go to the real store, so that the counts
 * and rejected rows are exactly what the import would give, but {@code commit()} is ignored and every transaction
 * rolls back when the importer closes it. The first rows written are kept for the preview.
 */
final class DryRunRepository implements CustomerRepository {

    private final CustomerRepository store;
    private final SampleRows samples;

    DryRunRepository(CustomerRepository store, SampleRows samples) {
        this.store = store;
        this.samples = samples;
    }

    @Override
    public RepositoryTransaction begin() {
        return new DryRunTransaction(store.begin(), samples);
    }

    @Override
    public long countCustomers() {
        return store.countCustomers();
    }

    @Override
    public long countOrders() {
        return store.countOrders();
    }

    @Override
    public long countInteractions() {
        return store.countInteractions();
    }

    @Override
    public Optional<Customer> findCustomer(String externalId) {
        return store.findCustomer(externalId);
    }

    @Override
    public void forEachCustomer(Consumer<Customer> visitor) {
        store.forEachCustomer(visitor);
    }

    @Override
    public void forEachOrder(LocalDate upTo, Consumer<Order> visitor) {
        store.forEachOrder(upTo, visitor);
    }

    @Override
    public void forEachOrderOf(String customerId, Consumer<Order> visitor) {
        store.forEachOrderOf(customerId, visitor);
    }

    @Override
    public void forEachInteraction(LocalDate upTo, Consumer<Interaction> visitor) {
        store.forEachInteraction(upTo, visitor);
    }

    @Override
    public void forEachInteractionOf(String customerId, Consumer<Interaction> visitor) {
        store.forEachInteractionOf(customerId, visitor);
    }

    @Override
    public void forEachPurchaseFacts(LocalDate from, LocalDate upTo, Consumer<PurchaseFacts> visitor) {
        store.forEachPurchaseFacts(from, upTo, visitor);
    }

    @Override
    public Optional<LocalDate> latestPurchaseDate() {
        return store.latestPurchaseDate();
    }

    @Override
    public long countTags() {
        return store.countTags();
    }

    @Override
    public List<CustomerTag> tagsOf(String customerId) {
        return store.tagsOf(customerId);
    }

    @Override
    public void forEachTag(Consumer<CustomerTag> visitor) {
        store.forEachTag(visitor);
    }

    @Override
    public List<TagDefinition> tagDefinitions(String source) {
        return store.tagDefinitions(source);
    }

    @Override
    public List<TierOverride> tierOverrides() {
        return store.tierOverrides();
    }
}
