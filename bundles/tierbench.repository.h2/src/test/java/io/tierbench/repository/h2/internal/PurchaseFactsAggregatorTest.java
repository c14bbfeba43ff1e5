package io.tierbench.repository.h2.internal;

import static io.tierbench.repository.h2.internal.TestData.completed;
import static io.tierbench.repository.h2.internal.TestData.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tierbench.api.model.Order;
import io.tierbench.api.model.OrderStatus;
import io.tierbench.api.model.PurchaseFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PurchaseFactsAggregatorTest {

    /**
     * Purchase days 01-01 (100 + 50, merged), 01-05 (30), 01-15 (20); a refund on 01-04 and a cancellation on 01-17
     * do not count. Gaps 4 and 10: median 7 (even count), last gap 10. Repeat spend: 30 + 20 = 50.
     */
    static final List<Order> EVEN_GAPS = List.of(
            completed("o1", "c1", "2024-01-01T10:00", "100.00"),
            completed("o2", "c1", "2024-01-01T15:00", "50"),
            order("o3", "c1", "2024-01-04T09:00", "200", OrderStatus.REFUNDED),
            completed("o4", "c1", "2024-01-05T09:00", "30"),
            completed("o5", "c1", "2024-01-15T23:59:59", "20"),
            order("o6", "c1", "2024-01-17T09:00", "300", OrderStatus.CANCELLED));

    @Test
    void factsOfTheHandComputedCaseWithAnEvenNumberOfGaps() {
        assertEquals(new PurchaseFacts("c1", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 15), 4, 3,
                new BigDecimal("200.00"), new BigDecimal("50.00"), new BigDecimal("100.00"), 7.0, 10),
                PurchaseFactsAggregator.of("c1", EVEN_GAPS));
    }

    @Test
    void anOddNumberOfGapsTakesTheMiddleOneInSizeOrder() {
        List<Order> orders = new ArrayList<>(EVEN_GAPS);
        orders.add(completed("o7", "c1", "2024-01-16T08:00", "5.5"));
        // gaps 4, 10, 1: sorted 1, 4, 10, median 4; last gap 1
        assertEquals(new PurchaseFacts("c1", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 16), 5, 4,
                new BigDecimal("205.50"), new BigDecimal("55.50"), new BigDecimal("100.00"), 4.0, 1),
                PurchaseFactsAggregator.of("c1", orders));
    }

    @Test
    void aHalfDayMedianIsKept() {
        // gaps 1 and 2: median 1.5
        PurchaseFacts facts = PurchaseFactsAggregator.of("c1", List.of(completed("a", "c1", "2024-01-01T00:00", "1"),
                completed("b", "c1", "2024-01-02T00:00", "1"), completed("c", "c1", "2024-01-04T00:00", "1")));
        assertEquals(1.5, facts.medianGapDays());
        assertEquals(2, facts.lastGapDays());
    }

    @Test
    void oneSameDayPurchaseDayHasNoGapsAndNoRepeatSpend() {
        PurchaseFacts facts = PurchaseFactsAggregator.of("c1", List.of(
                completed("a", "c1", "2024-02-29T08:00", "10.005"), completed("b", "c1", "2024-02-29T20:00", "0.995")));
        assertEquals(2, facts.purchaseCount());
        assertEquals(1, facts.purchaseDays());
        assertEquals(new BigDecimal("11.00"), facts.totalSpend());
        assertEquals(new BigDecimal("0.00"), facts.repeatSpend());
        assertEquals(new BigDecimal("10.005"), facts.maxOrderAmount());
        assertNull(facts.medianGapDays());
        assertNull(facts.lastGapDays());
    }

    @Test
    void onlyRefundsAndCancellationsMeanNoPurchases() {
        assertEquals(PurchaseFacts.none("c1"), PurchaseFactsAggregator.of("c1", List.of(
                order("a", "c1", "2024-01-01T00:00", "10", OrderStatus.REFUNDED),
                order("b", "c1", "2024-01-02T00:00", "10", OrderStatus.CANCELLED))));
    }

    @Test
    void theOrderOfTheOrdersDoesNotMatter() {
        List<Order> shuffled = new ArrayList<>(EVEN_GAPS);
        Collections.shuffle(shuffled, new Random(42));
        assertEquals(PurchaseFactsAggregator.of("c1", EVEN_GAPS), PurchaseFactsAggregator.of("c1", shuffled));
    }

    @Test
    void anOrderOfAnotherCustomerIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> PurchaseFactsAggregator.of("c1", List.of(completed("a", "c2", "2024-01-01T00:00", "1"))));
    }
}
