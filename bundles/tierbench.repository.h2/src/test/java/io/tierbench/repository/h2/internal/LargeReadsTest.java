package io.tierbench.repository.h2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.Label;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.OrderStatus;
import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.RepositoryTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reads and fact updates over more rows than one page (the test batch size is 3, so a page is 30 rows): every
 * paged read must see every row once, in order, and both ways of recomputing facts must agree with plain Java.
 */
class LargeReadsTest {

    private static final int CUSTOMERS = 100;

    private final H2Database database = TestDatabases.inMemory();
    private final H2CustomerRepository repository = new H2CustomerRepository(database);
    private final List<Customer> customers = IntStream.range(0, CUSTOMERS)
            .mapToObj(i -> Customer.of(String.format("c%03d", i), "customer " + i)).toList();
    private final List<Order> orders = new ArrayList<>();

    @BeforeEach
    void storeCustomersWithRandomOrders() {
        Random random = new Random(11);
        for (int i = 0; i < 400; i++) {
            String customerId = customers.get(random.nextInt(CUSTOMERS - 10)).externalId();
            LocalDateTime at = LocalDateTime.of(2023, 1, 1, 0, 0).plusHours(random.nextInt(24 * 400));
            OrderStatus status = random.nextInt(10) == 0 ? OrderStatus.REFUNDED : OrderStatus.COMPLETED;
            orders.add(new Order("o" + i, customerId, at, BigDecimal.valueOf(random.nextInt(100_000), 2), null, 1,
                    null, null, status));
        }
        TestData.store(repository, customers, orders);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void everyCustomerAndOrderIsStreamedOnceInOrder() {
        List<String> customerIds = new ArrayList<>();
        repository.forEachCustomer(customer -> customerIds.add(customer.externalId()));
        assertEquals(customers.stream().map(Customer::externalId).toList(), customerIds);

        List<Order> streamed = new ArrayList<>();
        repository.forEachOrder(null, streamed::add);
        List<Order> expected = orders.stream().map(OrderMapping.INSTANCE::canonical)
                .sorted(Comparator.comparing(Order::customerId).thenComparing(Order::orderedAt)
                        .thenComparing(Order::orderId)).toList();
        assertEquals(expected, streamed);
    }

    @Test
    void storedAndWindowedFactsAgreeWithPlainJava() {
        Map<String, List<Order>> byCustomer = orders.stream().collect(Collectors.groupingBy(Order::customerId));
        List<PurchaseFacts> expected = customers.stream().map(Customer::externalId)
                .map(id -> PurchaseFactsAggregator.of(id, byCustomer.getOrDefault(id, List.of()))).toList();
        assertEquals(expected, facts(null, null));
        assertEquals(expected, facts(LocalDate.of(2000, 1, 1), null));
    }

    @Test
    void touchingFewCustomersRecomputesThemThroughTheIndex() {
        // Moving one order touches two customers out of a hundred: too few for a whole-table scan.
        Order first = orders.get(0);
        Order moved = new Order(first.orderId(), "c095", first.orderedAt(), first.amount(), null, 1, null, null,
                OrderStatus.COMPLETED);
        try (RepositoryTransaction transaction = repository.begin()) {
            assertTrue(transaction.customerExists("c099"));
            transaction.upsertOrders(List.of(moved));
            transaction.commit();
        }
        List<Order> now = new ArrayList<>(orders);
        now.set(0, moved);
        Map<String, List<Order>> byCustomer = now.stream().collect(Collectors.groupingBy(Order::customerId));
        for (PurchaseFacts facts : facts(null, null)) {
            assertEquals(PurchaseFactsAggregator.of(facts.customerId(),
                    byCustomer.getOrDefault(facts.customerId(), List.of())), facts);
        }
    }

    @Test
    void aStreamSeesOneSnapshotWhateverCommitsMeanwhile() {
        List<String> seen = new ArrayList<>();
        repository.forEachCustomer(customer -> {
            if (seen.isEmpty()) {
                TestData.store(repository, List.of(Customer.of("c0995", "late")), List.of());
            }
            seen.add(customer.externalId());
        });
        assertEquals(CUSTOMERS, seen.size());
        assertEquals(CUSTOMERS + 1, repository.countCustomers());
    }

    @Test
    void labelsOfManyCustomersAreAllRead() {
        H2RunRepository runs = new H2RunRepository(database);
        long runId = runs.startRun(LocalDate.of(2024, 6, 30));
        Label label = new Label("a", "A", "A");
        runs.saveResults(runId, new ClassifierInfo("abc", null, null, null), "", customers.stream()
                .map(c -> new Classification(c.externalId(), "revenue", label, Map.of(), "top")).toList());
        assertEquals(CUSTOMERS, runs.labels(runId, "abc", "revenue").size());
    }

    private List<PurchaseFacts> facts(LocalDate from, LocalDate upTo) {
        List<PurchaseFacts> facts = new ArrayList<>();
        repository.forEachPurchaseFacts(from, upTo, facts::add);
        return facts;
    }
}
