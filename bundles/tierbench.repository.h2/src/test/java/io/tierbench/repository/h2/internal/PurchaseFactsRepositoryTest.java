package io.tierbench.repository.h2.internal;

import static io.tierbench.repository.h2.internal.TestData.completed;
import static io.tierbench.repository.h2.internal.TestData.order;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.OrderStatus;
import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.api.repository.RepositoryTransaction;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PurchaseFactsRepositoryTest {

    /** Ids whose order differs between naive expectations: upper before lower case, digits by character. */
    private static final List<String> IDS_IN_ORDER = List.of("A10", "A9", "B", "a", "c1", "none", "refundOnly", "中");

    private final H2Database database = TestDatabases.inMemory();
    private final H2CustomerRepository repository = new H2CustomerRepository(database);

    @BeforeEach
    void storeCustomersAndOrders() {
        List<Customer> customers = Stream.of("中", "refundOnly", "none", "c1", "a", "B", "A9", "A10")
                .map(id -> Customer.of(id, id)).toList();
        List<Order> orders = new ArrayList<>(PurchaseFactsAggregatorTest.EVEN_GAPS);
        orders.add(completed("b1", "B", "2024-02-01T12:00", "99.9"));
        orders.add(completed("z1", "中", "2023-12-31T18:00", "10"));
        orders.add(completed("z2", "中", "2024-01-10T18:00", "20"));
        orders.add(order("r1", "refundOnly", "2024-01-03T18:00", "5", OrderStatus.REFUNDED));
        TestData.store(repository, customers, orders);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void storedFactsCoverEveryCustomerInIdOrder() {
        Map<String, PurchaseFacts> facts = facts(null, null);
        assertEquals(IDS_IN_ORDER, List.copyOf(facts.keySet()));
        assertEquals(PurchaseFactsAggregator.of("c1", PurchaseFactsAggregatorTest.EVEN_GAPS), facts.get("c1"));
        assertEquals(new PurchaseFacts("中", LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 10), 2, 2,
                new BigDecimal("30.00"), new BigDecimal("20.00"), new BigDecimal("20.00"), 10.0, 10), facts.get("中"));
        assertEquals(PurchaseFacts.none("none"), facts.get("none"));
        assertEquals(PurchaseFacts.none("refundOnly"), facts.get("refundOnly"));
        assertEquals(Optional.of(LocalDate.of(2024, 2, 1)), repository.latestPurchaseDate());
    }

    @Test
    void windowsCoveringEveryPurchaseGiveTheStoredFacts() {
        Map<String, PurchaseFacts> stored = facts(null, null);
        assertEquals(stored, facts(null, LocalDate.of(2024, 2, 1)));
        assertEquals(stored, facts(LocalDate.of(2000, 1, 1), null));
        assertEquals(stored, facts(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 2, 1)));
    }

    @Test
    void aWindowCountsOnlyTheOrdersInsideIt() {
        Map<String, PurchaseFacts> facts = facts(LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 15));
        assertEquals(IDS_IN_ORDER, List.copyOf(facts.keySet()));
        assertEquals(new PurchaseFacts("c1", LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 15), 2, 2,
                new BigDecimal("50.00"), new BigDecimal("20.00"), new BigDecimal("30.00"), 10.0, 10), facts.get("c1"));
        assertEquals(1, facts.get("中").purchaseCount());
        assertEquals(PurchaseFacts.none("B"), facts.get("B"));
    }

    @Test
    void anUpperBoundIncludesItsWholeDay() {
        Map<String, PurchaseFacts> facts = facts(null, LocalDate.of(2024, 1, 4));
        assertEquals(new PurchaseFacts("c1", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1), 2, 1,
                new BigDecimal("150.00"), new BigDecimal("0.00"), new BigDecimal("100.00"), null, null),
                facts.get("c1"));
        assertEquals(new BigDecimal("10.00"), facts.get("中").totalSpend());
    }

    @Test
    void aCommitRecomputesTheFactsOfTouchedCustomersOnly() throws SQLException {
        try (Connection connection = database.connect("test"); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE purchase_facts SET purchase_count = 999 WHERE customer_id = '中'");
        }
        try (RepositoryTransaction transaction = repository.begin()) {
            // o1 becomes a refund; o5 moves from c1 to B: both customers are recomputed.
            transaction.upsertOrders(List.of(order("o1", "c1", "2024-01-01T10:00", "100.00", OrderStatus.REFUNDED),
                    completed("o5", "B", "2024-01-15T23:59:59", "20")));
            transaction.commit();
        }
        Map<String, PurchaseFacts> facts = facts(null, null);
        assertEquals(new PurchaseFacts("c1", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 5), 2, 2,
                new BigDecimal("80.00"), new BigDecimal("30.00"), new BigDecimal("50.00"), 4.0, 4), facts.get("c1"));
        assertEquals(new PurchaseFacts("B", LocalDate.of(2024, 1, 15), LocalDate.of(2024, 2, 1), 2, 2,
                new BigDecimal("119.90"), new BigDecimal("99.90"), new BigDecimal("99.90"), 17.0, 17), facts.get("B"));
        assertEquals(999, facts.get("中").purchaseCount());
    }

    @Test
    void aCustomerWhoseOnlyPurchaseIsRefundedLosesItsFacts() {
        try (RepositoryTransaction transaction = repository.begin()) {
            transaction.upsertOrders(List.of(order("b1", "B", "2024-02-01T12:00", "99.9", OrderStatus.REFUNDED)));
            transaction.commit();
        }
        assertEquals(PurchaseFacts.none("B"), facts(null, null).get("B"));
        assertEquals(Optional.of(LocalDate.of(2024, 1, 15)), repository.latestPurchaseDate());
    }

    @Test
    void ordersStreamUpToADayInCustomerAndTimeOrder() {
        List<String> ids = new ArrayList<>();
        repository.forEachOrder(LocalDate.of(2024, 1, 4), order -> ids.add(order.orderId()));
        assertEquals(List.of("o1", "o2", "o3", "r1", "z1"), ids);
        List<String> all = new ArrayList<>();
        repository.forEachOrder(null, order -> all.add(order.orderId()));
        assertEquals(List.of("b1", "o1", "o2", "o3", "o4", "o5", "o6", "r1", "z1", "z2"), all);
    }

    @Test
    void customersStreamInIdOrder() {
        List<String> ids = new ArrayList<>();
        repository.forEachCustomer(customer -> ids.add(customer.externalId()));
        assertEquals(IDS_IN_ORDER, ids);
    }

    private Map<String, PurchaseFacts> facts(LocalDate from, LocalDate upTo) {
        Map<String, PurchaseFacts> facts = new LinkedHashMap<>();
        repository.forEachPurchaseFacts(from, upTo, f -> facts.put(f.customerId(), f));
        return facts;
    }
}
