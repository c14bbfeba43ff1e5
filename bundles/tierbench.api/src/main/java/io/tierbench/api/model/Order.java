package io.tierbench.api.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One order (purchase) of a customer.
 *
 * @param orderId the shop's order id, unique per repository
 * @param customerId the external id of the customer who placed it
 * @param orderedAt local date and time of the order, in the shop's time zone
 * @param amount total amount of the order, not negative
 * @param currency ISO 4217 code; {@code CNY} when not given
 * @param quantity number of items, at least 1
 * @param sku product or SKU, may be {@code null}
 * @param category product category, may be {@code null}
 * @param status completed, refunded or cancelled; only completed orders count as purchases
 * @since 1.0
 */
public record Order(String orderId, String customerId, LocalDateTime orderedAt, BigDecimal amount, String currency,
        int quantity, String sku, String category, OrderStatus status) {

    public static final String DEFAULT_CURRENCY = "CNY";

    public Order {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(orderedAt, "orderedAt");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1: " + quantity);
        }
        currency = currency == null || currency.isBlank() ? DEFAULT_CURRENCY : currency;
    }
}
