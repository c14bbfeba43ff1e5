package io.tierbench.rest.internal;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.TagDefinition;
import io.tierbench.api.model.TierOverride;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.api.repository.UpsertOutcome;
import java.util.Collection;
import java.util.List;

/** A real transaction whose commit is ignored, so that closing it rolls everything back; see {@link DryRunRepository}. */
final class DryRunTransaction implements RepositoryTransaction {

    private final RepositoryTransaction real;
    private final SampleRows samples;

    DryRunTransaction(RepositoryTransaction real, SampleRows samples) {
        this.real = real;
        this.samples = samples;
    }

    @Override
    public List<UpsertOutcome> upsertCustomers(List<Customer> customers) {
        List<UpsertOutcome> outcomes = real.upsertCustomers(customers);
        samples.customers(customers, outcomes);
        return outcomes;
    }

    @Override
    public List<UpsertOutcome> upsertOrders(List<Order> orders) {
        List<UpsertOutcome> outcomes = real.upsertOrders(orders);
        samples.orders(orders, outcomes);
        return outcomes;
    }

    @Override
    public List<UpsertOutcome> upsertInteractions(List<Interaction> interactions) {
        List<UpsertOutcome> outcomes = real.upsertInteractions(interactions);
        samples.interactions(interactions, outcomes);
        return outcomes;
    }

    @Override
    public List<UpsertOutcome> upsertTags(List<CustomerTag> tags) {
        List<UpsertOutcome> outcomes = real.upsertTags(tags);
        samples.tags(tags, outcomes);
        return outcomes;
    }

    @Override
    public UpsertOutcome replaceTags(String customerId, String source, List<CustomerTag> tags) {
        UpsertOutcome outcome = real.replaceTags(customerId, source, tags);
        samples.tags(tags, tags.stream().map(tag -> outcome).toList());
        return outcome;
    }

    @Override
    public List<UpsertOutcome> replaceTags(String source, Collection<String> customerIds, List<CustomerTag> tags) {
        return real.replaceTags(source, customerIds, tags);
    }

    @Override
    public UpsertOutcome setTierOverride(TierOverride override) {
        return real.setTierOverride(override);
    }

    @Override
    public boolean clearTierOverride(String customerId) {
        return real.clearTierOverride(customerId);
    }

    @Override
    public List<UpsertOutcome> upsertTagDefinitions(List<TagDefinition> definitions) {
        return real.upsertTagDefinitions(definitions);
    }

    @Override
    public boolean customerExists(String externalId) {
        return real.customerExists(externalId);
    }

    /** Ignored: a preview stores nothing. */
    @Override
    public void commit() {
        samples.commitRequested();
    }

    @Override
    public void close() {
        real.close();
    }
}
