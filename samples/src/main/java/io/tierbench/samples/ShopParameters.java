package io.tierbench.samples;

import java.time.LocalDate;

/**
 * What shop to generate.
 *
 * @param customers number of customers, at least 1
 * @param orders number of orders aimed at; the generated number is close to it, not equal
 * @param seed seed of the random numbers: the same parameters always give the same files
 * @param endDate the last day an order or interaction may fall on, and the as-of date the shape refers to
 */
public record ShopParameters(int customers, long orders, long seed, LocalDate endDate) {

    /** The parameters of the demo sample bundled in {@code samples/}. */
    public static final ShopParameters DEMO = new ShopParameters(300, 3000, 20260630L, LocalDate.of(2026, 6, 30));

    public ShopParameters {
        if (customers < 1) {
            throw new IllegalArgumentException("customers must be at least 1: " + customers);
        }
        if (orders < 0) {
            throw new IllegalArgumentException("orders must not be negative: " + orders);
        }
        if (endDate == null) {
            throw new IllegalArgumentException("endDate is required");
        }
    }

    /** @return the first day the shop's history may start on: five years before the end date */
    LocalDate startDate() {
        return endDate.minusYears(5).plusDays(1);
    }
}
