package io.tierbench.tiering.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tierbench.api.model.Label;
import io.tierbench.api.tiering.InvalidPolicyException;
import io.tierbench.api.tiering.PolicyDescription;
import io.tierbench.api.tiering.TagRule;
import io.tierbench.api.tiering.TierRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a policy file reads as, and every way it is refused, each problem named by key and position. */
class PolicyParserTest {

    @Test
    void aValidPolicyReadsAsWrittenWithRulesInNumberOrder() {
        Map<String, Object> properties = Policies.with("rule.5", "abc[\"class\"] == \"a\" -> gold");
        PolicyDescription policy = Policies.parse(properties).description();

        assertEquals(List.of("diamond", "gold", "silver", "regular", "winback"),
                policy.tiers().stream().map(tier -> tier.key()).toList());
        assertEquals(new Label("diamond", "Diamond", "钻石"), policy.tiers().get(0).label());
        assertEquals("专属服务与VIP优惠", policy.tiers().get(0).strategy("zh"));
        assertEquals("Regular", policy.tier("regular").orElseThrow().label().en());
        assertEquals("regular", policy.defaultTier());
        // rule.5 before rule.10: numbers, not text, order the rules.
        assertEquals(List.of("rule.5", "rule.10", "rule.20", "rule.30", "rule.40"),
                policy.rules().stream().map(TierRule::key).toList());
        assertEquals(new TierRule("rule.20", "clv.predictive == \"top\" && facts.purchases_90d >= 2", "diamond"),
                policy.rules().get(2));
        assertEquals(List.of(new TagRule("tag.行为/沉睡", "行为", "沉睡",
                "facts.purchase_count > 0 && facts.days_since_last_purchase > 180"),
                new TagRule("tag.高频购买", null, "高频购买", "facts.purchases_90d >= 3")), policy.tagRules());
        assertEquals(false, policy.configuration().containsKey("service.pid"));
    }

    @Test
    void aSyntaxErrorNamesTheRuleAndTheLineAndColumn() {
        assertEquals(List.of("rule.20 (line 1, column 36): parsing error in '>='"),
                problems(Policies.with("rule.20", "clv.predictive == \"top\" && facts.x >= >= 2 -> diamond")));
        assertEquals(List.of("tag.高频购买 (line 2, column 24): parsing error in '>='"),
                problems(Policies.with("tag.高频购买", "facts.purchases_90d >= 3 &&\n  facts.purchase_count >= >= 1")));
    }

    @Test
    void aMisspeltVariableIsAnErrorWithItsPositionAndTheKnownNames() {
        assertEquals(List.of("rule.20 (line 1, column 1): unknown variable clv.teir: classifier clv labels the "
                + "schemes historical, predictive (run 7)"),
                problems(Policies.with("rule.20", "clv.teir == \"top\" -> diamond")));
        List<String> facts = problems(Policies.with("tag.高频购买", "facts.purchases_90 >= 3"));
        assertEquals(1, facts.size());
        assertEquals(true, facts.get(0).startsWith("tag.高频购买 (line 1, column 1): unknown variable "
                + "facts.purchases_90 (facts has average_order, days_since_first_purchase, "), facts.get(0));
        assertEquals(List.of("rule.30 (line 1, column 1): unknown variable clv.scores.clv_value: classifier clv "
                + "gives the scores clv, p_alive (run 7)"),
                problems(Policies.with("rule.30", "clv.scores.clv_value > 1000 -> gold")));
    }

    @Test
    void aClassifierTheLatestRunDidNotHaveIsAWarningSoAnEditionsPolicyCanArriveBeforeItsClassifierRan() {
        ParsedPolicy policy = Policies.parse(Policies.with("rule.30", "rfm.segment == \"champions\" -> gold"));
        assertEquals(List.of("rule.30: rfm.segment is not checked: rfm is neither facts, customer, interactions "
                + "nor a classifier of run 7 (abc, clv, lifecycle); until a run has used a classifier of that id, "
                + "rules reading it do not hold (check the spelling if none is installed)"), policy.warnings());
    }

    @Test
    void unknownTiersFunctionsAndKeysAreAllReportedTogether() {
        Map<String, Object> properties = Policies.with("rule.20", "has_tags(\"VIP\") -> platinum");
        properties.put("default.tier", "basic");
        properties.put("rules.50", "true -> gold");
        properties.put("tier.bronze", "Bronze | 铜");

        assertEquals(List.of(
                "tier.bronze: the tier is not listed in tiers",
                "default.tier: unknown tier 'basic' (tiers: diamond, gold, silver, regular, winback)",
                "rule.20: unknown tier 'platinum' after '->' (tiers: diamond, gold, silver, regular, winback)",
                "rule.20: unknown function has_tags(...) (known: has_tag)",
                "rules.50: a rule's key is rule.<number>, e.g. rule.10"), problems(properties));
    }

    @Test
    void theJavaClassAndMethodsAreOutOfReach() {
        assertEquals(List.of("rule.20 (line 1, column 5): '.class' reads the Java class in JEXL; write the scheme "
                + "as x[\"class\"], e.g. abc[\"class\"]"), problems(Policies.with("rule.20", "abc.class == 'a' -> gold")));
        assertEquals(List.of("rule.20 (line 1, column 16): method call error in '.startsWith(...)'"),
                problems(Policies.with("rule.20", "lifecycle.stage.startsWith('c') -> gold")));
        assertEquals(List.of("rule.20 (line 1, column 1): create instance error in 'new(..., ...)'"),
                problems(Policies.with("rule.20", "new('java.io.File', '/') != null -> gold")));
        assertEquals(List.of("rule.20 (line 1, column 1): global assign/modify error in 'facts'"),
                problems(Policies.with("rule.20", "facts = 1 -> gold")));
    }

    @Test
    void aPolicyWithoutTiersOrDefaultSaysWhatIsMissing() {
        assertEquals(List.of("tiers is missing: list the tier keys, best first, e.g. 'tiers = diamond; gold; silver'",
                "default.tier is missing: name the tier of customers no rule matches"), problems(Map.of()));
    }

    private static List<String> problems(Map<String, Object> properties) {
        return assertThrows(InvalidPolicyException.class, () -> Policies.parse(properties)).problems();
    }
}
