package io.tierbench.repository.h2.internal;

import static io.tierbench.api.repository.UpsertOutcome.INSERTED;
import static io.tierbench.api.repository.UpsertOutcome.UNCHANGED;
import static io.tierbench.api.repository.UpsertOutcome.UPDATED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.TierOverride;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.api.repository.UnknownCustomerException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Manual tier overrides: one per customer, replaced, cleared, kept only when committed. */
class TierOverridesTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:15:30.123456789Z");
    private static final Instant TUESDAY = Instant.parse("2026-03-03T10:00:00Z");

    private final H2Database database = TestDatabases.inMemory();
    private final H2CustomerRepository repository = new H2CustomerRepository(database);

    @BeforeEach
    void storeCustomers() {
        TestData.store(repository, List.of(Customer.of("c2", "Li"), Customer.of("c1", "Wang")), List.of());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void anOverrideIsStoredWholeAndReadBackInCustomerOrder() {
        TierOverride li = new TierOverride("c2", "gold", "大客户的介绍人", "张经理", MONDAY, LocalDate.of(2026, 12, 31));
        TierOverride wang = new TierOverride("c1", "diamond", "Board member", "ops", MONDAY, null);

        assertEquals(INSERTED, inTransaction(t -> t.setTierOverride(li)));
        assertEquals(INSERTED, inTransaction(t -> t.setTierOverride(wang)));

        assertEquals(List.of(wang, li), repository.tierOverrides());
    }

    @Test
    void settingTheSameDecisionAgainKeepsTheFirstTimeAndAChangedOneReplacesIt() {
        TierOverride first = new TierOverride("c1", "gold", "VIP event", "ops", MONDAY, LocalDate.of(2026, 6, 30));
        inTransaction(t -> t.setTierOverride(first));

        assertEquals(UNCHANGED, inTransaction(t -> t.setTierOverride(
                new TierOverride("c1", "gold", "VIP event", "ops", TUESDAY, LocalDate.of(2026, 6, 30)))));
        assertEquals(List.of(first), repository.tierOverrides());

        TierOverride extended = new TierOverride("c1", "gold", "VIP event", "ops", TUESDAY, LocalDate.of(2026, 9, 30));
        assertEquals(UPDATED, inTransaction(t -> t.setTierOverride(extended)));
        assertEquals(List.of(extended), repository.tierOverrides());
    }

    @Test
    void clearingRemovesOnlyThatCustomersOverride() {
        inTransaction(t -> t.setTierOverride(new TierOverride("c1", "gold", "r", "a", MONDAY, null)));
        TierOverride kept = new TierOverride("c2", "silver", "r", "a", MONDAY, null);
        inTransaction(t -> t.setTierOverride(kept));

        assertTrue(this.<Boolean>inTransaction(t -> t.clearTierOverride("c1")));
        assertFalse(this.<Boolean>inTransaction(t -> t.clearTierOverride("c1")));
        assertEquals(List.of(kept), repository.tierOverrides());
    }

    @Test
    void anOverrideOfAnUnknownCustomerIsRefusedAndAnUncommittedOneIsNotKept() {
        try (RepositoryTransaction transaction = repository.begin()) {
            UnknownCustomerException refused = assertThrows(UnknownCustomerException.class,
                    () -> transaction.setTierOverride(new TierOverride("nobody", "gold", "r", "a", MONDAY, null)));
            assertEquals("nobody", refused.customerId());
            transaction.setTierOverride(new TierOverride("c1", "gold", "r", "a", MONDAY, null));
        }
        assertEquals(List.of(), repository.tierOverrides());
    }

    @Test
    void anOverrideAppliesUpToAndIncludingItsLastDay() {
        TierOverride override = new TierOverride("c1", "gold", "r", "a", MONDAY, LocalDate.of(2026, 6, 30));
        assertTrue(override.appliesOn(LocalDate.of(2026, 6, 30)));
        assertFalse(override.appliesOn(LocalDate.of(2026, 7, 1)));
        assertTrue(new TierOverride("c1", "gold", "r", "a", MONDAY, null).appliesOn(LocalDate.of(2999, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> new TierOverride("c1", "gold", " ", "a", MONDAY, null));
    }

    private <R> R inTransaction(Function<RepositoryTransaction, R> work) {
        try (RepositoryTransaction transaction = repository.begin()) {
            R result = work.apply(transaction);
            transaction.commit();
            return result;
        }
    }
}
