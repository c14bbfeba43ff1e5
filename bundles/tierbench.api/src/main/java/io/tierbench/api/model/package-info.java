/**
 * The data Tierbench works on: customers, orders, interactions, and the per-customer purchase facts the
 * repository keeps up to date at every import. Money is {@link java.math.BigDecimal}, time is {@code java.time}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package io.tierbench.api.model;
