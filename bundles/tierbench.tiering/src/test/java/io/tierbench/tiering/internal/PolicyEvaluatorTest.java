package io.tierbench.tiering.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.Label;
import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.api.model.TierOverride;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One customer at a time under the hand-built policy of {@link Policies#standard()}, as of 2026-06-30. */
class PolicyEvaluatorTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private final PolicyEvaluator evaluator = new PolicyEvaluator(Policies.parse(Policies.standard()),
            new RuleLanguage());

    @Test
    void theFirstRuleThatHoldsWinsEvenWhenALaterOneHoldsToo() {
        // Churned and top CLV with 5 purchases in 90 days: rules 10, 20 and 30 all hold.
        Decision decision = decide(customer("a", "churned", "top", 5, 10));

        assertEquals(new Label("winback", "Win back", "待挽回"), decision.tier().label());
        assertEquals("rule.10: lifecycle.stage == \"churned\" (lifecycle.stage = \"churned\")",
                decision.tier().explanation());
        assertEquals(Map.of("rule", BigDecimal.valueOf(10)), decision.tier().scores());
    }

    @Test
    void theExplanationNamesTheRuleAndTheValuesItSaw() {
        Decision decision = decide(customer("b", "active", "top", 2, 10));

        assertEquals("diamond", decision.tier().label().key());
        assertEquals("rule.20: clv.predictive == \"top\" && facts.purchases_90d >= 2 "
                + "(clv.predictive = \"top\", facts.purchases_90d = 2)", decision.tier().explanation());
        assertEquals("tier", decision.tier().scheme());
        assertFalse(decision.overridden());
    }

    @Test
    void tagRulesGiveRuleTagsThatTierRulesCanRead() {
        // Middle CLV, but 3 purchases in 90 days make it a frequent buyer, and rule.30 reads that tag.
        Decision decision = decide(customer("c", "active", "middle", 3, 40));

        assertEquals(List.of(new CustomerTag("c", null, "高频购买", CustomerTag.RULE)), decision.ruleTags());
        assertEquals("gold", decision.tier().label().key());
    }

    @Test
    void noRuleHoldingGivesTheDefaultTierAndARuleThatCannotBeEvaluatedIsNamed() {
        // No purchases: days_since_last_purchase has no value, so rule.40 cannot compare it.
        Decision decision = decide(noPurchases("d"));

        assertEquals("regular", decision.tier().label().key());
        assertEquals("default tier: no rule matched; not evaluated: rule.40 (<= error caused by null operand "
                + "(no value: facts.days_since_last_purchase))", decision.tier().explanation());
        assertEquals(Set.of("rule.40"), decision.errors().keySet());
        assertEquals(List.of(), decision.ruleTags());
    }

    @Test
    void aManualOverrideWinsOverTheRulesUpToItsLastDayIncluded() {
        TierOverride override = new TierOverride("e", "gold", "大客户的介绍人", "张经理", Instant.EPOCH, AS_OF);
        Decision decision = decide(withOverride(customer("e", "active", "low", 0, 200), override));

        assertTrue(decision.overridden());
        assertEquals("gold", decision.tier().label().key());
        assertEquals("manual override by 张经理: 大客户的介绍人, until 2026-06-30", decision.tier().explanation());
        // Tag rules still apply: 200 days since the last purchase makes the customer sleeping.
        assertEquals(List.of(new CustomerTag("e", "行为", "沉睡", CustomerTag.RULE)), decision.ruleTags());
    }

    @Test
    void anExpiredOverrideNoLongerAppliesAndTheExplanationSaysSo() {
        TierOverride expired = new TierOverride("f", "diamond", "trial", "ops", Instant.EPOCH, AS_OF.minusDays(1));
        Decision decision = decide(withOverride(customer("f", "active", "low", 1, 10), expired));

        assertFalse(decision.overridden());
        assertEquals("silver", decision.tier().label().key());
        assertEquals("rule.40: facts.days_since_last_purchase <= 30 (facts.days_since_last_purchase = 10); the "
                + "manual override to diamond by ops expired on 2026-06-29", decision.tier().explanation());
    }

    @Test
    void anOverrideToATierThePolicyNoLongerHasIsIgnored() {
        TierOverride stale = new TierOverride("g", "platinum", "old policy", "ops", Instant.EPOCH, null);
        Decision decision = decide(withOverride(customer("g", "active", "low", 1, 10), stale));

        assertEquals("silver", decision.tier().label().key());
        assertTrue(decision.tier().explanation().endsWith(
                "; the manual override to unknown tier 'platinum' by ops was ignored"), decision.tier().explanation());
    }

    private Decision decide(CustomerInputs inputs) {
        return evaluator.decide(inputs, AS_OF);
    }

    /**
     * @param purchases90 purchases in the last 90 days, also the total count
     * @param daysSinceLast days from the last purchase to the as-of date
     */
    static CustomerInputs customer(String id, String stage, String clvTier, int purchases90, int daysSinceLast) {
        int count = Math.max(purchases90, 1);
        PurchaseFacts facts = new PurchaseFacts(id, AS_OF.minusDays(400), AS_OF.minusDays(daysSinceLast), count,
                count, new BigDecimal("100.00").multiply(BigDecimal.valueOf(count)), BigDecimal.ZERO,
                new BigDecimal("100.00"), null, null);
        PurchaseWindows.Counts windows = new PurchaseWindows.Counts(new int[] {0, purchases90, purchases90, count},
                new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
        Map<String, List<Classification>> classifications = Map.of(
                "lifecycle", List.of(label(id, "stage", stage)),
                "clv", List.of(label(id, "predictive", clvTier), label(id, "historical", clvTier)));
        return new CustomerInputs(id, null, facts, windows, null, Set.of(), classifications, null);
    }

    static CustomerInputs noPurchases(String id) {
        Map<String, List<Classification>> classifications = Map.of(
                "lifecycle", List.of(label(id, "stage", "potential")),
                "clv", List.of(label(id, "predictive", "no-purchases")));
        return new CustomerInputs(id, null, PurchaseFacts.none(id), PurchaseWindows.Counts.none(), null, Set.of(),
                classifications, null);
    }

    private static CustomerInputs withOverride(CustomerInputs inputs, TierOverride override) {
        return new CustomerInputs(inputs.customerId(), inputs.customer(), inputs.facts(), inputs.windows(),
                inputs.interactions(), inputs.tags(), inputs.classifications(), override);
    }

    private static Classification label(String customerId, String scheme, String key) {
        return new Classification(customerId, scheme, new Label(key, key, key), Map.of(), "test");
    }
}
