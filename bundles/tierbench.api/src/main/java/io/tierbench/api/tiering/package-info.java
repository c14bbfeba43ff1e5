/**
 * Tier policy and dry runs: the business's own tiers (钻石 / 金 / 银 / 普通, or VIP / A / B / C) decided from the
 * classifiers' labels and the customer's facts by rules kept in configuration, rule tags, and "what if" previews of
 * a configuration change.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.tierbench.api.tiering;
