package io.tierbench.repository.h2.internal;

import static io.tierbench.api.repository.UpsertOutcome.INSERTED;
import static io.tierbench.api.repository.UpsertOutcome.UNCHANGED;
import static io.tierbench.api.repository.UpsertOutcome.UPDATED;
import static io.tierbench.repository.h2.internal.TestData.completed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.InteractionChannel;
import io.tierbench.api.model.InteractionKind;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.OrderStatus;
import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.api.repository.RepositoryException;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.api.repository.UnknownCustomerException;
import io.tierbench.api.repository.UpsertOutcome;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class H2RepositoryTransactionTest {

    private final H2Database database = TestDatabases.inMemory();
    private final H2CustomerRepository repository = new H2CustomerRepository(database);

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void customersAreInsertedThenUnchangedThenUpdated() {
        Customer full = TestData.fullCustomer("c1");
        assertEquals(List.of(INSERTED, INSERTED), upsertCustomers(full, Customer.of("c2", "Li")));
        assertEquals(full, repository.findCustomer("c1").orElseThrow());

        assertEquals(List.of(UNCHANGED, UNCHANGED), upsertCustomers(full, Customer.of("c2", "Li")));

        Customer moved = new Customer("c1", full.name(), full.type(), full.phone(), full.email(), full.wechatId(),
                full.gender(), full.birthYear(), full.occupation(), full.incomeBand(), full.country(),
                full.province(), "广州", full.industry(), full.companySize(), full.acquisitionChannel(),
                full.owner(), full.createdDate(), full.attributes());
        assertEquals(List.of(UPDATED, UNCHANGED), upsertCustomers(moved, Customer.of("c2", "Li")));
        assertEquals("广州", repository.findCustomer("c1").orElseThrow().city());
        assertEquals(2, repository.countCustomers());
    }

    @Test
    void ordersCompareAmountsByValueSoAReimportIsUnchanged() {
        upsertCustomers(Customer.of("c1", "Wang"));
        assertEquals(List.of(INSERTED, INSERTED), upsertOrders(
                completed("o1", "c1", "2024-03-01T10:15:30.123456789", "12.5"),
                completed("o2", "c1", "2024-03-02T09:00", "100")));
        assertEquals(List.of(UNCHANGED, UNCHANGED), upsertOrders(
                completed("o1", "c1", "2024-03-01T10:15:30.123456789", "12.5000"),
                completed("o2", "c1", "2024-03-02T09:00", "100.00")));
        assertEquals(List.of(UNCHANGED, UPDATED), upsertOrders(
                completed("o1", "c1", "2024-03-01T10:15:30.123456789", "12.50"),
                TestData.order("o2", "c1", "2024-03-02T09:00", "100", OrderStatus.REFUNDED)));

        List<Order> stored = new ArrayList<>();
        repository.forEachOrderOf("c1", stored::add);
        assertEquals(new BigDecimal("12.50"), stored.get(0).amount());
        assertEquals(LocalDateTime.parse("2024-03-01T10:15:30.123456789"), stored.get(0).orderedAt());
        assertEquals(OrderStatus.REFUNDED, stored.get(1).status());
        assertEquals("CNY", stored.get(1).currency());
    }

    @Test
    void interactionsAreUpsertedAndReadBackInTimeOrder() {
        upsertCustomers(Customer.of("c1", "Wang"));
        Interaction complaint = new Interaction("i2", "c1", LocalDateTime.parse("2024-05-02T08:00"),
                InteractionChannel.WECHAT, InteractionKind.COMPLAINT, "镯子有裂纹", null, null);
        Interaction survey = new Interaction("i1", "c1", LocalDateTime.parse("2024-05-01T08:00"),
                InteractionChannel.PHONE, InteractionKind.FEEDBACK, null, 4, 9);
        try (RepositoryTransaction transaction = repository.begin()) {
            assertEquals(List.of(INSERTED, INSERTED), transaction.upsertInteractions(List.of(complaint, survey)));
            assertEquals(List.of(UNCHANGED), transaction.upsertInteractions(List.of(survey)));
            transaction.commit();
        }
        List<Interaction> stored = new ArrayList<>();
        repository.forEachInteractionOf("c1", stored::add);
        assertEquals(List.of(survey, complaint), stored);
        assertEquals(2, repository.countInteractions());
    }

    @Test
    void customersWrittenInTheTransactionExistBeforeCommit() {
        try (RepositoryTransaction transaction = repository.begin()) {
            assertFalse(transaction.customerExists("c1"));
            transaction.upsertCustomers(List.of(Customer.of("c1", "Wang")));
            assertTrue(transaction.customerExists("c1"));
            assertEquals(List.of(INSERTED), transaction.upsertOrders(List.of(completed("o1", "c1", "2024-01-01T00:00", "1"))));
            transaction.commit();
        }
        assertEquals(1, repository.countOrders());
    }

    @Test
    void anOrderOfAnUnknownCustomerRejectsTheWholeBatch() {
        upsertCustomers(Customer.of("c1", "Wang"));
        try (RepositoryTransaction transaction = repository.begin()) {
            UnknownCustomerException rejected = assertThrows(UnknownCustomerException.class,
                    () -> transaction.upsertOrders(List.of(completed("o1", "c1", "2024-01-01T00:00", "1"),
                            completed("o2", "nobody", "2024-01-01T00:00", "1"))));
            assertEquals("nobody", rejected.customerId());
            transaction.commit();
        }
        assertEquals(0, repository.countOrders());
    }

    @Test
    void closingWithoutCommitDiscardsEverything() {
        upsertCustomers(Customer.of("c1", "Wang"));
        try (RepositoryTransaction transaction = repository.begin()) {
            transaction.upsertCustomers(List.of(Customer.of("c2", "Li"), Customer.of("c1", "Renamed")));
            transaction.upsertOrders(List.of(completed("o1", "c2", "2024-01-01T00:00", "1")));
        }
        assertEquals(1, repository.countCustomers());
        assertEquals(0, repository.countOrders());
        assertEquals("Wang", repository.findCustomer("c1").orElseThrow().name());
        assertEquals(List.of(), facts());
    }

    @Test
    void aCallThatFailsHalfWayLeavesNothingOfItselfAndTheTransactionUsable() {
        upsertCustomers(Customer.of("c1", "Wang"));
        // The fifth order overflows DECIMAL(19,4), in the second batch of three: the first batch is undone too.
        List<Order> orders = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            orders.add(completed("o" + i, "c1", "2024-01-0" + i + "T00:00", i == 5 ? "1E+20" : "10"));
        }
        try (RepositoryTransaction transaction = repository.begin()) {
            transaction.upsertOrders(List.of(completed("o0", "c1", "2023-12-31T00:00", "7")));
            RepositoryException failed = assertThrows(RepositoryException.class, () -> transaction.upsertOrders(orders));
            assertTrue(failed.getMessage().startsWith("upsert orders failed"), failed.getMessage());
            transaction.commit();
        }
        assertEquals(1, repository.countOrders());
        assertEquals(new BigDecimal("7.00"), facts().get(0).totalSpend());
    }

    @Test
    void aCommittedTransactionClosesQuietlyAndRefusesMoreWrites() {
        RepositoryTransaction transaction = repository.begin();
        transaction.commit();
        assertThrows(IllegalStateException.class, () -> transaction.upsertCustomers(List.of(Customer.of("c", "x"))));
        transaction.close();
        transaction.close();
    }

    @Test
    void duplicateIdsInOneCallAreRefused() {
        try (RepositoryTransaction transaction = repository.begin()) {
            assertThrows(IllegalArgumentException.class,
                    () -> transaction.upsertCustomers(List.of(Customer.of("c1", "a"), Customer.of("c1", "b"))));
        }
    }

    private List<PurchaseFacts> facts() {
        List<PurchaseFacts> facts = new ArrayList<>();
        repository.forEachPurchaseFacts(null, null, f -> {
            if (f.hasPurchases()) {
                facts.add(f);
            }
        });
        return facts;
    }

    private List<UpsertOutcome> upsertCustomers(Customer... customers) {
        try (RepositoryTransaction transaction = repository.begin()) {
            List<UpsertOutcome> outcomes = transaction.upsertCustomers(List.of(customers));
            transaction.commit();
            return outcomes;
        }
    }

    private List<UpsertOutcome> upsertOrders(Order... orders) {
        try (RepositoryTransaction transaction = repository.begin()) {
            List<UpsertOutcome> outcomes = transaction.upsertOrders(List.of(orders));
            transaction.commit();
            return outcomes;
        }
    }
}
