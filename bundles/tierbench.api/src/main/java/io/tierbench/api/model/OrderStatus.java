package io.tierbench.api.model;

/** The state of an order. Only {@link #COMPLETED} orders count as purchases. */
public enum OrderStatus {
    COMPLETED,
    REFUNDED,
    CANCELLED;

    /** @return whether an order in this state counts as a purchase (refunds and cancellations never do) */
    public boolean isPurchase() {
        return this == COMPLETED;
    }
}
