package io.tierbench.tiering.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.TierOverride;
import io.tierbench.api.tiering.TierDefinition;
import io.tierbench.api.tiering.TierPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * Decides one customer's tier and rule tags under a policy, without any I/O: tag rules first (each that holds gives
 * its tag), then the manual override if it applies on the as-of date, else the tier rules in order (the first that
 * holds wins), else the default tier. A rule that cannot be evaluated for the customer counts as not holding, and
 * the explanation says why.
 */
final class PolicyEvaluator {

    private final ParsedPolicy policy;
    private final RuleLanguage language;
    private final Set<String> classifierRoots;

    PolicyEvaluator(ParsedPolicy policy, RuleLanguage language) {
        this.policy = policy;
        this.language = language;
        Set<String> roots = new HashSet<>(policy.roots());
        roots.removeAll(Set.of(Variables.FACTS, Variables.CUSTOMER, Variables.INTERACTIONS));
        this.classifierRoots = Set.copyOf(roots);
    }

    /** @return the classifier names the policy reads */
    Set<String> classifierRoots() {
        return classifierRoots;
    }

    Decision decide(CustomerInputs inputs, LocalDate asOf) {
        Map<String, Namespace> namespaces = CustomerNamespaces.of(inputs, asOf, classifierRoots);
        Map<String, String> errors = new LinkedHashMap<>();
        List<CustomerTag> ruleTags = new ArrayList<>();
        RuleScope tagScope = new RuleScope(namespaces, new RuleFunctions(inputs.tags()));
        for (ParsedPolicy.TagRuleCondition tagRule : policy.tagRules()) {
            if (holds(tagRule.condition(), tagScope, errors)) {
                ruleTags.add(new CustomerTag(inputs.customerId(), tagRule.rule().group(), tagRule.rule().name(),
                        CustomerTag.RULE));
            }
        }
        TierOverride override = inputs.override();
        if (override != null && override.appliesOn(asOf) && policy.description().tier(override.tier()).isPresent()) {
            return new Decision(tier(inputs.customerId(), policy.tier(override.tier()), Map.of(),
                    "manual override by " + override.author() + ": " + override.reason() + ", "
                            + (override.until() == null ? "no expiry" : "until " + override.until())),
                    ruleTags, true, errors);
        }
        Set<String> tags = new HashSet<>(inputs.tags());
        ruleTags.forEach(tag -> {
            tags.add(tag.name());
            tags.add(tag.qualifiedName());
        });
        RuleScope tierScope = new RuleScope(namespaces, new RuleFunctions(tags));
        String note = overrideNote(override, asOf);
        for (ParsedPolicy.Rule rule : policy.rules()) {
            if (holds(rule.condition(), tierScope, errors)) {
                String explanation = rule.rule().key() + ": " + rule.rule().condition()
                        + seen(rule.condition(), tierScope) + note + errorNote(errors);
                return new Decision(tier(inputs.customerId(), policy.tier(rule.rule().tier()),
                        Map.of("rule", BigDecimal.valueOf(rule.number())), explanation), ruleTags, false, errors);
            }
        }
        return new Decision(tier(inputs.customerId(), policy.tier(policy.description().defaultTier()), Map.of(),
                "default tier: no rule matched" + note + errorNote(errors)), ruleTags, false, errors);
    }

    private boolean holds(Condition condition, RuleScope scope, Map<String, String> errors) {
        try {
            return language.holds(condition, scope);
        } catch (RuleEvaluationException e) {
            errors.put(condition.key(), e.getMessage());
            return false;
        }
    }

    private static Classification tier(String customerId, TierDefinition tier, Map<String, BigDecimal> scores,
            String explanation) {
        return new Classification(customerId, TierPolicy.SCHEME, tier.label(), scores, explanation);
    }

    /** @return the values the condition read, e.g. {@code  (clv.predictive = "top", facts.purchases_90d = 4)} */
    private static String seen(Condition condition, RuleScope scope) {
        if (condition.variables().isEmpty()) {
            return "";
        }
        StringJoiner values = new StringJoiner(", ", " (", ")");
        for (List<String> path : condition.variables()) {
            values.add(String.join(".", path) + " = " + text(scope.valueOf(path)));
        }
        return values.toString();
    }

    private static String text(Object value) {
        if (value instanceof String text) {
            return "\"" + text + "\"";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
    }

    private String overrideNote(TierOverride override, LocalDate asOf) {
        if (override == null) {
            return "";
        }
        if (!override.appliesOn(asOf)) {
            return "; the manual override to " + override.tier() + " by " + override.author() + " expired on "
                    + override.until();
        }
        return "; the manual override to unknown tier '" + override.tier() + "' by " + override.author()
                + " was ignored";
    }

    private static String errorNote(Map<String, String> errors) {
        if (errors.isEmpty()) {
            return "";
        }
        return "; not evaluated: " + errors.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
    }
}
