package io.tierbench.classifier.jade.internal;

import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.model.Order;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Completed purchase spend per customer and preference, from one pass over the orders. Refunds and cancellations
 * never count; purchases in a category the configuration does not map count as uncategorised, and those categories
 * are kept with their order counts so the run summary can name them for the consultant.
 */
final class CategorySpend {

    /** One customer's spend. */
    static final class Customer {
        private final Map<Preference, BigDecimal> byPreference = new EnumMap<>(Preference.class);
        private BigDecimal uncategorised = BigDecimal.ZERO;

        Customer() {
            for (Preference preference : Preference.values()) {
                byPreference.put(preference, BigDecimal.ZERO);
            }
        }

        BigDecimal of(Preference preference) {
            return byPreference.get(preference);
        }

        BigDecimal categorised() {
            return byPreference.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal uncategorised() {
            return uncategorised;
        }

        /** @return the preference with the most spend, the first in declaration order on a tie; null without any */
        Preference top() {
            Preference top = null;
            for (Preference preference : Preference.values()) {
                if (byPreference.get(preference).signum() > 0
                        && (top == null || byPreference.get(preference).compareTo(byPreference.get(top)) > 0)) {
                    top = preference;
                }
            }
            return top;
        }
    }

    private static final Customer NOTHING = new Customer();

    private final Map<String, Customer> customers = new HashMap<>();
    private final Map<String, Integer> unmappedCategories = new TreeMap<>();

    private CategorySpend() {
    }

    /** Reads every order of the run once. */
    static CategorySpend of(ClassificationContext context, JadeSettings settings) {
        CategorySpend spend = new CategorySpend();
        LocalDate asOf = context.asOf();
        context.forEachOrder(order -> spend.add(order, settings, asOf));
        return spend;
    }

    private void add(Order order, JadeSettings settings, LocalDate asOf) {
        // The context streams orders up to the as-of date; checked again so a run stays reproducible whatever
        // the context does.
        if (!order.status().isPurchase() || order.orderedAt().toLocalDate().isAfter(asOf)) {
            return;
        }
        Customer customer = customers.computeIfAbsent(order.customerId(), id -> new Customer());
        Preference preference = settings.preferenceOf(order.category());
        if (preference == null) {
            customer.uncategorised = customer.uncategorised.add(order.amount());
            unmappedCategories.merge(order.category() == null || order.category().isBlank() ? "(none)"
                    : order.category().trim(), 1, Integer::sum);
        } else {
            customer.byPreference.merge(preference, order.amount(), BigDecimal::add);
        }
    }

    /** @return the customer's spend; all zero for a customer without purchases */
    Customer of(String customerId) {
        return customers.getOrDefault(customerId, NOTHING);
    }

    /** @return categories no entry maps, with their number of completed orders, by name */
    Map<String, Integer> unmappedCategories() {
        return unmappedCategories;
    }
}
