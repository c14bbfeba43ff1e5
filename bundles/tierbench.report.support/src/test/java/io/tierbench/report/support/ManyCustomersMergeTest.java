package io.tierbench.report.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The merge over many pages of every read: each customer's facts, labels and tags are derived from its number, so
 * any item handed to the wrong customer across a page or chunk boundary shows. The number of customers can be raised
 * with {@code -Dtierbench.report.test.customers=100000} (run with a small {@code -Xmx} to see memory stay flat).
 */
class ManyCustomersMergeTest {

    private static final int CUSTOMERS = Integer.getInteger("tierbench.report.test.customers", 3_000);
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private final H2Database database = new H2Database(new OsgiDataSourceFactory(new Driver()),
            ComponentConfigurations.of(H2RepositoryConfiguration.class,
                    Map.of("url", "jdbc:h2:mem:many-" + System.nanoTime(), "batch_size", 100)));
    private final H2CustomerRepository customers = new H2CustomerRepository(database);
    private final H2RunRepository runs = new H2RunRepository(database);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void everyCustomerGetsExactlyItsOwnItems() {
        long run = store();
        long[] seen = {0};
        CustomerRecords.forEach(customers, runs, run, AS_OF, record -> {
            int n = Integer.parseInt(record.id().substring(1));
            assertEquals(n % 4, record.facts().purchaseCount(), record.id());
            assertEquals(n % 5 == 0 ? List.of() : List.of("x", "y"),
                    record.classifications().stream().map(c -> c.classification().scheme()).toList(), record.id());
            if (n % 5 != 0) {
                assertEquals("k" + n % 3, record.label("plugin", "x").key(), record.id());
            }
            assertEquals(n % 7 == 0 ? List.of("t" + n) : List.of(),
                    record.tags().stream().map(CustomerTag::name).toList(), record.id());
            seen[0]++;
        });
        assertEquals(CUSTOMERS, seen[0]);
    }

    private long store() {
        for (int from = 0; from < CUSTOMERS; from += 10_000) {
            int to = Math.min(CUSTOMERS, from + 10_000);
            List<Customer> batch = new ArrayList<>();
            List<Order> orders = new ArrayList<>();
            List<CustomerTag> tags = new ArrayList<>();
            for (int n = from; n < to; n++) {
                String id = id(n);
                batch.add(Customer.of(id, "客户" + n));
                for (int k = 0; k < n % 4; k++) {
                    orders.add(new Order(id + "-" + k, id, AS_OF.minusDays(k + 1L).atTime(9, 0),
                            BigDecimal.TEN, null, 1, null, null, OrderStatus.COMPLETED));
                }
                if (n % 7 == 0) {
                    tags.add(new CustomerTag(id, null, "t" + n, CustomerTag.IMPORTED));
                }
            }
            try (RepositoryTransaction tx = customers.begin()) {
                tx.upsertCustomers(batch);
                tx.upsertOrders(orders);
                tx.upsertTags(tags);
                tx.commit();
            }
        }
        long run = runs.startRun(AS_OF);
        List<Classification> labels = new ArrayList<>();
        for (int n = 0; n < CUSTOMERS; n++) {
            if (n % 5 != 0) {
                Label label = new Label("k" + n % 3, "K" + n % 3, "K" + n % 3);
                labels.add(new Classification(id(n), "x", label, Map.of(), "by number"));
                labels.add(new Classification(id(n), "y", label, Map.of(), "by number"));
            }
        }
        runs.saveResults(run, new ClassifierInfo("plugin", "A plugin", "1", Map.of()), "", labels);
        runs.finishRun(run);
        return run;
    }

    private static String id(int n) {
        return String.format("K%06d", n);
    }
}
