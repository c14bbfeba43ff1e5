package io.tierbench.api.repository;

/**
 * The order of a {@link CustomerQuery}'s page. Customers without the value (no name, no purchase date) come after
 * every customer with one, in either direction; ties are broken by external id, ascending.
 *
 * @since 1.3
 */
public enum CustomerSort {
    /** By external id. */
    ID,
    /** By name as stored (binary order of the text). */
    NAME,
    /** By the sum of all purchases; customers without purchases count as zero. */
    TOTAL_SPEND,
    /** By the date of the latest purchase. */
    LAST_PURCHASE
}
