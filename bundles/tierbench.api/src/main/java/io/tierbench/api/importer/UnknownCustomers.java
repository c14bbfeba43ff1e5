package io.tierbench.api.importer;

/**
 * What to do with an order, interaction or tag whose customer is not stored.
 *
 * @since 1.1
 */
public enum UnknownCustomers {
    /** Reject the row, naming the customer id. */
    REJECT,
    /** Store a customer with only the id, then the row. */
    CREATE
}
