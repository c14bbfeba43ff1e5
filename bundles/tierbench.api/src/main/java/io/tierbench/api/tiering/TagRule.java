package io.tierbench.api.tiering;

import java.util.Objects;

/**
 * A tag rule: every customer for whom the condition holds gets the tag, with source
 * {@link io.tierbench.api.model.CustomerTag#RULE}.
 *
 * @param key the configuration key, e.g. {@code tag.高频购买}
 * @param group the tag group, or {@code null}
 * @param name the tag, e.g. 高频购买
 * @param condition the condition as written, e.g. {@code facts.purchases_90d >= 3}
 * @since 1.0
 */
public record TagRule(String key, String group, String name, String condition) {

    public TagRule {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(condition, "condition");
    }

    /** @return {@code group/name}, or the name alone when the tag has no group */
    public String qualifiedName() {
        return group == null ? name : group + "/" + name;
    }
}
