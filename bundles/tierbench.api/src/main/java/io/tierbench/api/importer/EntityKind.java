package io.tierbench.api.importer;

/** What the rows of an import file describe. */
public enum EntityKind {
    CUSTOMERS,
    ORDERS,
    INTERACTIONS,
    /** @since 1.1 */
    TAGS
}
