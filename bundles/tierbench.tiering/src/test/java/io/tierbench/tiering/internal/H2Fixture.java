package io.tierbench.tiering.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.Label;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.OrderStatus;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.classifier.support.standalone.ComponentConfigurations;
import io.tierbench.repository.h2.internal.H2CustomerRepository;
import io.tierbench.repository.h2.internal.H2Database;
import io.tierbench.repository.h2.internal.H2RepositoryConfiguration;
import io.tierbench.repository.h2.internal.H2RunRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;

/** The real H2 repositories on an in-memory database of their own, and helpers to fill them. */
final class H2Fixture implements AutoCloseable {

    final H2Database database;
    final H2CustomerRepository customers;
    final H2RunRepository runs;

    H2Fixture() {
        H2RepositoryConfiguration configuration = ComponentConfigurations.of(H2RepositoryConfiguration.class,
                Map.of("url", "jdbc:h2:mem:tiering-" + UUID.randomUUID(), "batch_size", 3));
        database = new H2Database(new OsgiDataSourceFactory(new Driver()), configuration);
        customers = new H2CustomerRepository(database);
        runs = new H2RunRepository(database);
    }

    void write(Consumer<RepositoryTransaction> work) {
        try (RepositoryTransaction transaction = customers.begin()) {
            work.accept(transaction);
            transaction.commit();
        }
    }

    void customers(String... idAndName) {
        write(t -> {
            for (int i = 0; i < idAndName.length; i += 2) {
                t.upsertCustomers(List.of(Customer.of(idAndName[i], idAndName[i + 1])));
            }
        });
    }

    static Order purchase(String orderId, String customerId, LocalDate day, String amount) {
        return new Order(orderId, customerId, LocalDateTime.of(day, java.time.LocalTime.NOON), new BigDecimal(amount),
                null, 1, null, null, OrderStatus.COMPLETED);
    }

    /**
     * Stores a finished run with hand-made labels.
     *
     * @param labels classifier id to scheme to customer id to label key
     */
    long run(LocalDate asOf, Map<String, Map<String, Map<String, String>>> labels) {
        return run(asOf, labels, Map.of());
    }

    /** @param configurations classifier id to the configuration it ran with */
    long run(LocalDate asOf, Map<String, Map<String, Map<String, String>>> labels,
            Map<String, Map<String, String>> configurations) {
        long runId = runs.startRun(asOf);
        labels.forEach((classifierId, schemes) -> {
            List<Classification> classifications = new java.util.ArrayList<>();
            schemes.forEach((scheme, byCustomer) -> new TreeMap<>(byCustomer).forEach((customerId, key) ->
                    classifications.add(new Classification(customerId, scheme, new Label(key, key, key), Map.of(),
                            "hand-made"))));
            runs.saveResults(runId, new ClassifierInfo(classifierId, classifierId, "1",
                    configurations.getOrDefault(classifierId, Map.of())), "",
                    classifications);
        });
        runs.finishRun(runId);
        return runId;
    }

    List<CustomerTag> tagsOfSource(String source) {
        List<CustomerTag> tags = new java.util.ArrayList<>();
        customers.forEachTag(tag -> {
            if (tag.source().equals(source)) {
                tags.add(tag);
            }
        });
        return tags;
    }

    @Override
    public void close() {
        database.close();
    }
}
