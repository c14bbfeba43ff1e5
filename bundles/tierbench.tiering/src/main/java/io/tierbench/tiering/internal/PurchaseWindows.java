package io.tierbench.tiering.internal;

import io.tierbench.api.model.Order;
import io.tierbench.api.repository.CustomerRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Purchases and spend of every customer in the windows of {@link Variables#PURCHASE_WINDOWS}, from one pass over
 * the orders up to the as-of date.
 */
final class PurchaseWindows {

    /** One customer's counts, indexed like {@link Variables#PURCHASE_WINDOWS}. */
    record Counts(int[] purchases, BigDecimal[] spend) {

        static Counts none() {
            int windows = Variables.PURCHASE_WINDOWS.size();
            BigDecimal[] spend = new BigDecimal[windows];
            java.util.Arrays.fill(spend, BigDecimal.ZERO);
            return new Counts(new int[windows], spend);
        }
    }

    private PurchaseWindows() {
    }

    /** @return counts of the customers with a purchase in the longest window; others have none */
    static Map<String, Counts> read(CustomerRepository repository, LocalDate asOf) {
        List<Integer> windows = Variables.PURCHASE_WINDOWS;
        LocalDate[] starts = new LocalDate[windows.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = asOf.minusDays(windows.get(i) - 1L);
        }
        LocalDate earliest = asOf.minusDays(windows.stream().mapToInt(Integer::intValue).max().orElse(1) - 1L);
        Map<String, Counts> counts = new HashMap<>();
        repository.forEachOrder(asOf, (Order order) -> {
            LocalDate day = order.orderedAt().toLocalDate();
            if (!order.status().isPurchase() || day.isBefore(earliest) || day.isAfter(asOf)) {
                return;
            }
            Counts customer = counts.computeIfAbsent(order.customerId(), id -> Counts.none());
            for (int i = 0; i < starts.length; i++) {
                if (!day.isBefore(starts[i])) {
                    customer.purchases()[i]++;
                    customer.spend()[i] = customer.spend()[i].add(order.amount());
                }
            }
        });
        return counts;
    }
}
