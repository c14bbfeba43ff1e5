package io.tierbench.importer.csv.internal;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.api.model.TagDefinition;
import io.tierbench.api.model.TierOverride;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.api.repository.UnknownCustomerException;
import io.tierbench.api.repository.UpsertOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/** A repository in memory that records what an importer does to it: transactions, batches, commits. */
final class FakeCustomerRepository implements CustomerRepository {

    final Map<String, Customer> customers = new LinkedHashMap<>();
    final Map<String, Order> orders = new LinkedHashMap<>();
    final Map<String, Interaction> interactions = new LinkedHashMap<>();
    final Set<CustomerTag> tags = new LinkedHashSet<>();
    final List<Integer> batchSizes = new ArrayList<>();
    int begun;
    int committed;
    int closedWithoutCommit;

    /** Stores customers as if committed earlier. */
    FakeCustomerRepository withCustomers(String... externalIds) {
        for (String id : externalIds) {
            customers.put(id, Customer.of(id, "customer " + id));
        }
        return this;
    }

    @Override
    public RepositoryTransaction begin() {
        begun++;
        return new Transaction();
    }

    @Override
    public long countCustomers() {
        return customers.size();
    }

    @Override
    public long countOrders() {
        return orders.size();
    }

    @Override
    public long countInteractions() {
        return interactions.size();
    }

    @Override
    public Optional<Customer> findCustomer(String externalId) {
        return Optional.ofNullable(customers.get(externalId));
    }

    @Override
    public void forEachCustomer(Consumer<Customer> visitor) {
        customers.values().forEach(visitor);
    }

    @Override
    public void forEachOrder(LocalDate upTo, Consumer<Order> visitor) {
        throw new UnsupportedOperationException("not needed by importers");
    }

    @Override
    public void forEachOrderOf(String customerId, Consumer<Order> visitor) {
        throw new UnsupportedOperationException("not needed by importers");
    }

    @Override
    public void forEachInteraction(LocalDate upTo, Consumer<Interaction> visitor) {
        throw new UnsupportedOperationException("not needed by importers");
    }

    @Override
    public void forEachInteractionOf(String customerId, Consumer<Interaction> visitor) {
        throw new UnsupportedOperationException("not needed by importers");
    }

    @Override
    public void forEachPurchaseFacts(LocalDate from, LocalDate upTo, Consumer<PurchaseFacts> visitor) {
        throw new UnsupportedOperationException("not needed by importers");
    }

    @Override
    public Optional<LocalDate> latestPurchaseDate() {
        throw new UnsupportedOperationException("not needed by importers");
    }

    @Override
    public long countTags() {
        return tags.size();
    }

    @Override
    public List<CustomerTag> tagsOf(String customerId) {
        return tags.stream().filter(tag -> tag.customerId().equals(customerId)).toList();
    }

    @Override
    public void forEachTag(Consumer<CustomerTag> visitor) {
        tags.forEach(visitor);
    }

    @Override
    public List<TagDefinition> tagDefinitions(String source) {
        return List.of();
    }

    @Override
    public List<TierOverride> tierOverrides() {
        return List.of();
    }

    private final class Transaction implements RepositoryTransaction {

        private final Map<String, Customer> pendingCustomers = new LinkedHashMap<>(customers);
        private final Map<String, Order> pendingOrders = new LinkedHashMap<>(orders);
        private final Map<String, Interaction> pendingInteractions = new LinkedHashMap<>(interactions);
        private final Set<CustomerTag> pendingTags = new LinkedHashSet<>(tags);
        private boolean done;

        @Override
        public List<UpsertOutcome> upsertCustomers(List<Customer> batch) {
            return upsert(batch, pendingCustomers, Customer::externalId);
        }

        @Override
        public List<UpsertOutcome> upsertOrders(List<Order> batch) {
            batch.forEach(order -> requireCustomer(order.customerId()));
            return upsert(batch, pendingOrders, Order::orderId);
        }

        @Override
        public List<UpsertOutcome> upsertInteractions(List<Interaction> batch) {
            batch.forEach(interaction -> requireCustomer(interaction.customerId()));
            return upsert(batch, pendingInteractions, Interaction::interactionId);
        }

        @Override
        public List<UpsertOutcome> upsertTags(List<CustomerTag> batch) {
            batch.forEach(tag -> requireCustomer(tag.customerId()));
            return batch.stream().map(tag -> pendingTags.add(tag) ? UpsertOutcome.INSERTED : UpsertOutcome.UNCHANGED)
                    .toList();
        }

        @Override
        public UpsertOutcome replaceTags(String customerId, String source, List<CustomerTag> replacement) {
            requireCustomer(customerId);
            Set<CustomerTag> before = new HashSet<>();
            pendingTags.removeIf(tag -> tag.customerId().equals(customerId) && tag.source().equals(source)
                    && before.add(tag));
            pendingTags.addAll(replacement);
            return before.equals(new HashSet<>(replacement)) ? UpsertOutcome.UNCHANGED
                    : before.isEmpty() ? UpsertOutcome.INSERTED : UpsertOutcome.UPDATED;
        }

        @Override
        public List<UpsertOutcome> replaceTags(String source, Collection<String> customerIds, List<CustomerTag> all) {
            return customerIds.stream().map(id -> replaceTags(id, source,
                    all.stream().filter(tag -> tag.customerId().equals(id)).toList())).toList();
        }

        @Override
        public UpsertOutcome setTierOverride(TierOverride override) {
            throw new UnsupportedOperationException("not needed by the CSV importer");
        }

        @Override
        public boolean clearTierOverride(String customerId) {
            throw new UnsupportedOperationException("not needed by the CSV importer");
        }

        @Override
        public List<UpsertOutcome> upsertTagDefinitions(List<TagDefinition> definitions) {
            throw new UnsupportedOperationException("not needed by the CSV importer");
        }

        @Override
        public boolean customerExists(String externalId) {
            return pendingCustomers.containsKey(externalId);
        }

        @Override
        public void commit() {
            customers.putAll(pendingCustomers);
            orders.putAll(pendingOrders);
            interactions.putAll(pendingInteractions);
            tags.clear();
            tags.addAll(pendingTags);
            committed++;
            done = true;
        }

        @Override
        public void close() {
            if (!done) {
                closedWithoutCommit++;
                done = true;
            }
        }

        private void requireCustomer(String customerId) {
            if (!customerExists(customerId)) {
                throw new UnknownCustomerException(customerId);
            }
        }

        private <T> List<UpsertOutcome> upsert(List<T> batch, Map<String, T> store, Function<T, String> id) {
            batchSizes.add(batch.size());
            List<UpsertOutcome> outcomes = new ArrayList<>();
            for (T record : batch) {
                T previous = store.put(id.apply(record), record);
                outcomes.add(previous == null ? UpsertOutcome.INSERTED
                        : previous.equals(record) ? UpsertOutcome.UNCHANGED : UpsertOutcome.UPDATED);
            }
            return outcomes;
        }
    }
}
