package io.tierbench.tiering.internal;

import java.util.Set;

/** The functions a rule may call, bound to one customer. Method names are the names rules use. */
public final class RuleFunctions {

    /** The function names, for validation. */
    static final Set<String> NAMES = Set.of("has_tag");

    private final Set<String> tags;

    /** @param tags the customer's tags, each by name and, when it has a group, by {@code group/name} */
    RuleFunctions(Set<String> tags) {
        this.tags = tags;
    }

    /**
     * @param tag a tag name, or {@code group/name}
     * @return whether the customer has the tag, from any source but the rules (tier rules also see the rule tags
     *         of the same evaluation)
     */
    public boolean has_tag(String tag) {
        return tags.contains(tag);
    }
}
