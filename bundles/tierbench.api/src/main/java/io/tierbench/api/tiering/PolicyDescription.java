package io.tierbench.api.tiering;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated tier policy, as people read it.
 *
 * @param tiers the tiers, best first
 * @param defaultTier the key of the tier a customer gets when no rule matches
 * @param rules the tier rules in the order they are tried; the first that holds decides
 * @param tagRules the tag rules; every rule that holds gives its tag
 * @param configuration the configuration properties the policy was read from, by key
 * @since 1.0
 */
public record PolicyDescription(List<TierDefinition> tiers, String defaultTier, List<TierRule> rules,
        List<TagRule> tagRules, Map<String, String> configuration) {

    public PolicyDescription {
        Objects.requireNonNull(defaultTier, "defaultTier");
        tiers = List.copyOf(tiers);
        rules = List.copyOf(rules);
        tagRules = List.copyOf(tagRules);
        configuration = Map.copyOf(configuration);
    }

    /** @return the tier with that key, or empty */
    public Optional<TierDefinition> tier(String key) {
        return tiers.stream().filter(tier -> tier.key().equals(key)).findFirst();
    }
}
