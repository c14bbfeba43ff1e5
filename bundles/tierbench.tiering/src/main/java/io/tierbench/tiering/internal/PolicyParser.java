package io.tierbench.tiering.internal;

import io.tierbench.api.model.Label;
import io.tierbench.api.tiering.InvalidPolicyException;
import io.tierbench.api.tiering.PolicyDescription;
import io.tierbench.api.tiering.TagRule;
import io.tierbench.api.tiering.TierDefinition;
import io.tierbench.api.tiering.TierRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a policy from its configuration properties and validates it whole: every problem is collected, each naming
 * its key and, for a condition, the line and column. The format, one property per line of {@code
 * etc/tierbench.tiering.cfg}:
 *
 * <pre>
 * tiers = diamond; gold; silver; regular               the tiers, best first
 * tier.diamond = Diamond | 钻石 | Dedicated service and VIP offers | 专属服务与 VIP 优惠
 * default.tier = regular                               the tier when no rule holds
 * rule.10 = lifecycle.stage == "churned" -&gt; winback   tried by number, first that holds wins
 * tag.高频购买 = facts.purchases_90d &gt;= 3              or tag.&lt;group&gt;/&lt;name&gt;
 * </pre>
 */
final class PolicyParser {

    static final String TIERS = "tiers";
    static final String DEFAULT_TIER = "default.tier";
    private static final String TIER_PREFIX = "tier.";
    private static final String RULE_PREFIX = "rule.";
    private static final String TAG_PREFIX = "tag.";
    private static final String ARROW = "->";
    private static final Pattern TIER_KEY = Pattern.compile("[\\p{L}\\p{N}_-]+");
    private static final Pattern RULE_KEY = Pattern.compile("rule\\.(\\d{1,9})");
    /** Keys of ours: anything else (service.pid, felix.fileinstall.filename, ...) belongs to the framework. */
    private static final Pattern OURS = Pattern.compile("(tiers?|rules?|tags?|default)([._].*)?");

    private final RuleLanguage language;

    PolicyParser(RuleLanguage language) {
        this.language = language;
    }

    /**
     * @param properties the configuration properties; framework properties are ignored
     * @param outputs what the classifiers produced in the latest run, to check classifier variables against
     * @throws InvalidPolicyException naming every problem
     */
    ParsedPolicy parse(Map<String, ?> properties, ClassifierOutputs outputs) {
        Map<String, String> ours = new TreeMap<>();
        properties.forEach((key, value) -> {
            if (OURS.matcher(key).matches()) {
                ours.put(key, text(value));
            }
        });
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, TierDefinition> tiers = tiers(ours, problems);
        String defaultTier = ours.getOrDefault(DEFAULT_TIER, "").trim();
        if (defaultTier.isEmpty()) {
            problems.add(DEFAULT_TIER + " is missing: name the tier of customers no rule matches");
        } else if (!tiers.isEmpty() && !tiers.containsKey(defaultTier)) {
            problems.add(DEFAULT_TIER + ": unknown tier '" + defaultTier + "' (tiers: " + String.join(", ",
                    tiers.keySet()) + ")");
        }
        List<ParsedPolicy.Rule> rules = new ArrayList<>();
        List<ParsedPolicy.TagRuleCondition> tagRules = new ArrayList<>();
        ours.forEach((key, value) -> {
            if (key.startsWith(RULE_PREFIX) || key.startsWith("rules")) {
                rule(key, value, tiers, outputs, problems, warnings).ifPresent(rules::add);
            } else if (key.startsWith(TAG_PREFIX) || key.startsWith("tags")) {
                tagRule(key, value, outputs, problems, warnings).ifPresent(tagRules::add);
            } else if (!key.equals(TIERS) && !key.equals(DEFAULT_TIER) && !key.startsWith(TIER_PREFIX)) {
                problems.add(key + ": unknown key (expected tiers, tier.<key>, default.tier, rule.<number> or "
                        + "tag.<name>)");
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidPolicyException(problems);
        }
        rules.sort(Comparator.comparingInt(ParsedPolicy.Rule::number));
        PolicyDescription description = new PolicyDescription(List.copyOf(tiers.values()), defaultTier,
                rules.stream().map(ParsedPolicy.Rule::rule).toList(),
                tagRules.stream().map(ParsedPolicy.TagRuleCondition::rule).toList(), ours);
        return new ParsedPolicy(description, rules, tagRules, warnings.stream().distinct().toList());
    }

    private static Map<String, TierDefinition> tiers(Map<String, String> ours, List<String> problems) {
        Map<String, TierDefinition> tiers = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (String key : ours.getOrDefault(TIERS, "").split("[;,]")) {
            if (!key.isBlank()) {
                order.add(key.trim());
            }
        }
        if (order.isEmpty()) {
            problems.add(TIERS + " is missing: list the tier keys, best first, e.g. 'tiers = diamond; gold; silver'");
        }
        for (String key : order) {
            String definition = ours.get(TIER_PREFIX + key);
            if (!TIER_KEY.matcher(key).matches()) {
                problems.add(TIERS + ": '" + key + "' is not a tier key (letters, digits, '-' and '_')");
            } else if (definition == null) {
                problems.add(TIERS + " lists '" + key + "' but " + TIER_PREFIX + key + " is missing");
            } else if (tiers.containsKey(key)) {
                problems.add(TIERS + " lists '" + key + "' twice");
            } else {
                tiers.put(key, tier(key, definition));
            }
        }
        ours.keySet().stream().filter(key -> key.startsWith(TIER_PREFIX))
                .filter(key -> !order.contains(key.substring(TIER_PREFIX.length())))
                .forEach(key -> problems.add(key + ": the tier is not listed in " + TIERS));
        return tiers;
    }

    /** {@code English | 中文 | strategy | 策略}; only the English name is required. */
    private static TierDefinition tier(String key, String definition) {
        String[] parts = definition.split("\\|", -1);
        String en = part(parts, 0);
        return new TierDefinition(new Label(key, en.isEmpty() ? key : en, part(parts, 1).isEmpty() ? null
                : part(parts, 1)), part(parts, 2), part(parts, 3));
    }

    private java.util.Optional<ParsedPolicy.Rule> rule(String key, String value, Map<String, TierDefinition> tiers,
            ClassifierOutputs outputs, List<String> problems, List<String> warnings) {
        Matcher number = RULE_KEY.matcher(key);
        if (!number.matches()) {
            problems.add(key + ": a rule's key is rule.<number>, e.g. rule.10");
            return java.util.Optional.empty();
        }
        int arrow = value.lastIndexOf(ARROW);
        if (arrow < 0) {
            problems.add(key + ": expected '<condition> -> <tier>'");
            return java.util.Optional.empty();
        }
        String condition = value.substring(0, arrow).trim();
        String tier = value.substring(arrow + ARROW.length()).trim();
        int problemsBefore = problems.size();
        if (!tiers.isEmpty() && !tiers.containsKey(tier)) {
            problems.add(key + ": unknown tier '" + tier + "' after '->' (tiers: " + String.join(", ", tiers.keySet())
                    + ")");
        }
        Condition parsed = compile(key, condition, outputs, problems, warnings);
        if (parsed == null || problems.size() > problemsBefore) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ParsedPolicy.Rule(new TierRule(key, condition, tier),
                Integer.parseInt(number.group(1)), parsed));
    }

    private java.util.Optional<ParsedPolicy.TagRuleCondition> tagRule(String key, String value,
            ClassifierOutputs outputs, List<String> problems, List<String> warnings) {
        String qualified = key.startsWith(TAG_PREFIX) ? key.substring(TAG_PREFIX.length()).trim() : "";
        int slash = qualified.lastIndexOf('/');
        String group = slash < 0 ? null : qualified.substring(0, slash).trim();
        String name = qualified.substring(slash + 1).trim();
        if (name.isEmpty() || (group != null && group.isEmpty())) {
            problems.add(key + ": a tag rule's key is tag.<name> or tag.<group>/<name>");
            return java.util.Optional.empty();
        }
        int problemsBefore = problems.size();
        Condition parsed = compile(key, value.trim(), outputs, problems, warnings);
        if (parsed == null || problems.size() > problemsBefore) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ParsedPolicy.TagRuleCondition(
                new TagRule(key, group, name, value.trim()), parsed));
    }

    private Condition compile(String key, String condition, ClassifierOutputs outputs, List<String> problems,
            List<String> warnings) {
        try {
            Condition parsed = language.compile(key, condition);
            Variables.check(parsed, outputs, problems, warnings);
            return parsed;
        } catch (ConditionException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private static String part(String[] parts, int index) {
        return index < parts.length ? parts[index].trim() : "";
    }

    /** Configuration values arrive as text from a .cfg file, or as arrays from other sources. */
    private static String text(Object value) {
        if (value instanceof String[] array) {
            return String.join(";", array);
        }
        return value == null ? "" : value.toString();
    }
}
