package io.tierbench.tiering.internal;

import io.tierbench.api.tiering.PolicyDescription;
import io.tierbench.api.tiering.TagRule;
import io.tierbench.api.tiering.TierDefinition;
import io.tierbench.api.tiering.TierRule;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A validated policy, ready to evaluate.
 *
 * @param description the policy as people read it
 * @param rules the tier rules in order, each with its parsed condition
 * @param tagRules the tag rules, each with its parsed condition
 * @param warnings what validated but deserves a look
 */
record ParsedPolicy(PolicyDescription description, List<Rule> rules, List<TagRuleCondition> tagRules,
        List<String> warnings) {

    /** A tier rule with its number (the key's suffix) and condition. */
    record Rule(TierRule rule, int number, Condition condition) {
    }

    /** A tag rule with its condition. */
    record TagRuleCondition(TagRule rule, Condition condition) {
    }

    ParsedPolicy {
        rules = List.copyOf(rules);
        tagRules = List.copyOf(tagRules);
        warnings = List.copyOf(warnings);
    }

    TierDefinition tier(String key) {
        return description.tier(key).orElseThrow(() -> new IllegalStateException("no tier " + key));
    }

    /** @return every condition, tag rules first, as they are evaluated */
    List<Condition> conditions() {
        return Stream.concat(tagRules.stream().map(TagRuleCondition::condition),
                rules.stream().map(Rule::condition)).toList();
    }

    /** @return the first names of every variable the policy reads */
    Set<String> roots() {
        Set<String> roots = new LinkedHashSet<>();
        conditions().forEach(condition -> condition.variables().forEach(path -> roots.add(path.get(0))));
        return roots;
    }

    /** @return whether a condition reads a variable of the root whose second name matches */
    boolean reads(String root, java.util.function.Predicate<String> name) {
        return conditions().stream().flatMap(condition -> condition.variables().stream())
                .anyMatch(path -> path.get(0).equals(root) && path.size() > 1 && name.test(path.get(1)));
    }

    /** @return whether a condition calls {@code has_tag} */
    boolean readsTags() {
        return conditions().stream().anyMatch(condition -> condition.functions().contains("has_tag"));
    }
}
