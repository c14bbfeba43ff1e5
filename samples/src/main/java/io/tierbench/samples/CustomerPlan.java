package io.tierbench.samples;

/**
 * What one customer will look like, decided before any of its rows is written. Days are epoch days.
 *
 * @param id external id
 * @param segment the kind of customer
 * @param createdDay the day the shop registered the customer
 * @param firstOrderDay the day of the first order; only meaningful when {@code orderCount > 0}
 * @param lastOrderDay the latest day an order may fall on
 * @param pinLastOrder whether an order falls exactly on {@code lastOrderDay} (so that lapsed customers are lapsed)
 * @param orderCount number of orders, refunds and cancellations included
 * @param spendScale the customer's typical order amount in yuan
 */
record CustomerPlan(String id, Segment segment, long createdDay, long firstOrderDay, long lastOrderDay,
        boolean pinLastOrder, int orderCount, double spendScale) {
}
