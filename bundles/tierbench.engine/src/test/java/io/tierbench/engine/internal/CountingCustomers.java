package io.tierbench.engine.internal;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Serves fixed facts and counts how often the engine asks for them, per window; tags are served from a list. */
final class CountingCustomers implements CustomerRepository {

    private static final Comparator<CustomerTag> TAG_ORDER = Comparator.comparing(CustomerTag::customerId)
            .thenComparing(CustomerTag::source)
            .thenComparing(CustomerTag::group, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(CustomerTag::name);

    final List<PurchaseFacts> facts;
    final List<String> factReads = new ArrayList<>();
    final List<CustomerTag> tags = new ArrayList<>();
    final List<TagDefinition> tagDefinitions = new ArrayList<>();

    CountingCustomers(List<PurchaseFacts> facts) {
        this.facts = facts;
    }

    @Override
    public void forEachPurchaseFacts(LocalDate from, LocalDate upTo, Consumer<PurchaseFacts> visitor) {
        factReads.add(from + ".." + upTo);
        facts.forEach(visitor);
    }

    @Override
    public RepositoryTransaction begin() {
        throw new UnsupportedOperationException("the engine never writes customers");
    }

    @Override
    public long countCustomers() {
        return facts.size();
    }

    @Override
    public long countOrders() {
        return 0;
    }

    @Override
    public long countInteractions() {
        return 0;
    }

    @Override
    public Optional<Customer> findCustomer(String externalId) {
        return Optional.empty();
    }

    @Override
    public void forEachCustomer(Consumer<Customer> visitor) {
    }

    @Override
    public void forEachOrder(LocalDate upTo, Consumer<Order> visitor) {
    }

    @Override
    public void forEachOrderOf(String customerId, Consumer<Order> visitor) {
    }

    @Override
    public void forEachInteraction(LocalDate upTo, Consumer<Interaction> visitor) {
    }

    @Override
    public void forEachInteractionOf(String customerId, Consumer<Interaction> visitor) {
    }

    @Override
    public Optional<LocalDate> latestPurchaseDate() {
        return Optional.empty();
    }

    @Override
    public long countTags() {
        return tags.size();
    }

    @Override
    public List<CustomerTag> tagsOf(String customerId) {
        return tags.stream().filter(tag -> tag.customerId().equals(customerId)).sorted(TAG_ORDER).toList();
    }

    @Override
    public void forEachTag(Consumer<CustomerTag> visitor) {
        tags.stream().sorted(TAG_ORDER).forEach(visitor);
    }

    @Override
    public List<TagDefinition> tagDefinitions(String source) {
        return tagDefinitions.stream().filter(definition -> definition.source().equals(source))
                .sorted(Comparator.comparing(TagDefinition::groupName, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(TagDefinition::name))
                .toList();
    }

    @Override
    public List<TierOverride> tierOverrides() {
        return List.of();
    }
}
