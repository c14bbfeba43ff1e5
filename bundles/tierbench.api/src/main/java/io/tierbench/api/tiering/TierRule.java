package io.tierbench.api.tiering;

import java.util.Objects;

/**
 * A rule of the policy: when the condition holds, the customer gets the tier.
 *
 * @param key the configuration key, e.g. {@code rule.20}
 * @param condition the condition as written, e.g. {@code clv.predictive == "top" && lifecycle.stage != "churned"}
 * @param tier the key of the tier it gives
 * @since 1.0
 */
public record TierRule(String key, String condition, String tier) {

    public TierRule {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(tier, "tier");
    }
}
