package io.tierbench.tiering.internal;

import static io.tierbench.tiering.internal.H2Fixture.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.TierOverride;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.api.tiering.InvalidPolicyException;
import io.tierbench.api.tiering.PolicyStatus;
import io.tierbench.api.tiering.TierPolicy;
import io.tierbench.api.tiering.TieringResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The policy component on the real H2 repository, under the policy of {@link Policies#standard()}, as of
 * 2026-06-30. The five customers, and what the policy gives each:
 * <ul>
 * <li>c1: 3 purchases in the last 90 days, CLV top, active: diamond (rule.20), tag 高频购买; also a manual tag VIP;
 * <li>c2: one purchase 272 days ago, CLV low, at risk: regular (no rule), tag 行为/沉睡;
 * <li>c3: no purchase: regular, rule.40 not evaluated (no last purchase);
 * <li>c4: 2 purchases in 90 days, the last 5 days ago, CLV middle: silver (rule.40);
 * <li>c5: like c4, but manually set to gold until the end of the year: gold.
 * </ul>
 */
class JexlTierPolicyTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private final H2Fixture h2 = new H2Fixture();
    private long runId;

    @BeforeEach
    void storeCustomersOrdersAndARun() {
        h2.customers("c1", "王芳", "c2", "李强", "c3", "张伟", "c4", "刘洋", "c5", "陈静");
        h2.write(t -> t.upsertOrders(List.of(
                purchase("o1", "c1", AS_OF.minusDays(60), "100"), purchase("o2", "c1", AS_OF.minusDays(29), "200"),
                purchase("o3", "c1", AS_OF.minusDays(10), "20000"), purchase("o4", "c2", AS_OF.minusDays(272), "50"),
                purchase("o5", "c4", AS_OF.minusDays(40), "80"), purchase("o6", "c4", AS_OF.minusDays(5), "90"),
                purchase("o7", "c5", AS_OF.minusDays(40), "80"), purchase("o8", "c5", AS_OF.minusDays(5), "90"))));
        h2.write(t -> {
            t.upsertTags(List.of(new CustomerTag("c1", null, "VIP", CustomerTag.MANUAL),
                    new CustomerTag("c2", "客户类型", "老客户", CustomerTag.IMPORTED)));
            t.setTierOverride(new TierOverride("c5", "gold", "大客户的介绍人", "张经理", Instant.EPOCH,
                    LocalDate.of(2026, 12, 31)));
        });
        runId = h2.run(AS_OF, Map.of(
                "lifecycle", Map.of("stage", Map.of("c1", "active", "c2", "at-risk", "c3", "potential",
                        "c4", "active", "c5", "active")),
                "clv", Map.of("predictive", Map.of("c1", "top", "c2", "low", "c3", "no-purchases", "c4", "middle",
                        "c5", "middle"))));
    }

    @AfterEach
    void closeDatabase() {
        h2.close();
    }

    @Test
    void applyingStoresEachCustomersTierInTheRunAndReplacesOnlyTheRuleTags() {
        JexlTierPolicy policy = new JexlTierPolicy(Policies.standard(), h2.customers, h2.runs);

        TieringResult result = policy.apply(runId);

        assertEquals(Map.of("c1", "diamond", "c2", "regular", "c3", "regular", "c4", "silver", "c5", "gold"),
                h2.runs.labels(runId, TierPolicy.CLASSIFIER_ID, TierPolicy.SCHEME));
        assertEquals(List.of(new CustomerTag("c1", null, "高频购买", CustomerTag.RULE),
                new CustomerTag("c2", "行为", "沉睡", CustomerTag.RULE)), h2.tagsOfSource(CustomerTag.RULE));
        assertEquals(List.of(new CustomerTag("c1", null, "VIP", CustomerTag.MANUAL),
                new CustomerTag("c1", null, "高频购买", CustomerTag.RULE)), h2.customers.tagsOf("c1"));
        assertEquals(4, h2.customers.countTags());
        assertEquals(1, result.overridden());
        assertEquals(Map.of("rule.40", 1L), result.evaluationErrors());
        RunInfo.ClassifierRun tierPart = h2.runs.run(runId).orElseThrow().classifiers().stream()
                .filter(part -> part.classifier().id().equals("tier")).findFirst().orElseThrow();
        assertEquals("regular", tierPart.classifier().configuration().get("default.tier"));
        assertTrue(tierPart.summary().startsWith("tiers: diamond 1, gold 1, regular 2, silver 1; manual overrides: 1; "
                + "rule tags: 行为/沉睡 1, 高频购买 1; rule.40 could not be evaluated for 1 customer(s), e.g. c3: "),
                tierPart.summary());
        assertEquals("rule.20: clv.predictive == \"top\" && facts.purchases_90d >= 2 (clv.predictive = \"top\", "
                + "facts.purchases_90d = 3)", h2.runs.classificationsOf(runId, "c1").stream()
                .filter(stored -> stored.classifierId().equals("tier")).findFirst().orElseThrow()
                .classification().explanation());
    }

    @Test
    void aNewRunRecomputesRuleTagsAndNeverTouchesManualOrImportedOnes() {
        JexlTierPolicy policy = new JexlTierPolicy(Policies.standard(), h2.customers, h2.runs);
        policy.apply(runId);
        // Two months later: c2 bought again three times, c1 did not buy at all.
        LocalDate later = AS_OF.plusDays(61);
        h2.write(t -> t.upsertOrders(List.of(purchase("o9", "c2", later.minusDays(20), "10"),
                purchase("o10", "c2", later.minusDays(10), "10"), purchase("o11", "c2", later, "10"))));
        long laterRun = h2.run(later, Map.of());

        policy.apply(laterRun);

        assertEquals(List.of(new CustomerTag("c2", null, "高频购买", CustomerTag.RULE)),
                h2.tagsOfSource(CustomerTag.RULE));
        assertEquals(List.of(new CustomerTag("c1", null, "VIP", CustomerTag.MANUAL)), h2.customers.tagsOf("c1"));
        assertEquals(List.of(new CustomerTag("c2", "客户类型", "老客户", CustomerTag.IMPORTED),
                new CustomerTag("c2", null, "高频购买", CustomerTag.RULE)), h2.customers.tagsOf("c2"));
    }

    @Test
    void anInvalidPolicyIsRejectedWithThePositionNamedAndThePreviousOneStaysInForce() {
        JexlTierPolicy policy = new JexlTierPolicy(Policies.standard(), h2.customers, h2.runs);

        policy.load(Policies.with("rule.20", "clv.predictive == \"top\" && facts.purchases_90d >= -> diamond"));

        PolicyStatus status = policy.status();
        assertEquals("Invalid tier policy (tierbench.tiering): rule.20 (line 1, column 48): parsing error in '>='",
                status.rejection());
        assertEquals("clv.predictive == \"top\" && facts.purchases_90d >= 2",
                status.policy().orElseThrow().rules().get(1).condition());
        policy.apply(runId);
        assertEquals("diamond", h2.runs.labels(runId, "tier", "tier").get("c1"));

        policy.load(Policies.with("rule.20", "clv.predictive == \"top\" && facts.purchases_90d >= 4 -> diamond"));

        assertNull(policy.status().rejection());
        policy.apply(runId);
        assertEquals("gold", h2.runs.labels(runId, "tier", "tier").get("c1"));
    }

    @Test
    void aMisspeltClassifierSchemeIsCheckedAgainstTheLatestRun() {
        JexlTierPolicy policy = new JexlTierPolicy(Policies.with("rule.20", "clv.teir == \"top\" -> diamond"),
                h2.customers, h2.runs);

        assertEquals("Invalid tier policy (tierbench.tiering): rule.20 (line 1, column 1): unknown variable clv.teir: "
                + "classifier clv labels the schemes predictive (run " + runId + ")", policy.status().rejection());
        assertTrue(policy.status().policy().isEmpty());
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> policy.apply(runId));
        assertTrue(refused.getMessage().startsWith("no tier policy in force: Invalid tier policy"), refused.getMessage());
    }

    @Test
    void aSchemeTheClassifierIsConfiguredForButDidNotLabelIsAWarningNotAnError() {
        // CLV could not fit its predictive model: the run has only the historical scheme, as with small bases.
        long historicalOnly = h2.run(AS_OF, Map.of(
                "lifecycle", Map.of("stage", Map.of("c1", "active")),
                "clv", Map.of("historical", Map.of("c1", "top"))),
                Map.of("clv", Map.of("schemes", "predictive; historical", "time.unit", "weeks")));

        JexlTierPolicy policy = new JexlTierPolicy(Policies.standard(), h2.customers, h2.runs);

        assertNull(policy.status().rejection());
        String warning = ": classifier clv did not label predictive in run " + historicalOnly + " (see its summary), so "
                + "clv.predictive reads null until it does";
        assertEquals(List.of("rule.20" + warning, "rule.30" + warning), policy.status().warnings());
        JexlTierPolicy typo = new JexlTierPolicy(Policies.with("rule.20", "clv.teir == \"top\" -> diamond"),
                h2.customers, h2.runs);
        assertEquals("Invalid tier policy (tierbench.tiering): rule.20 (line 1, column 1): unknown variable clv.teir: "
                + "classifier clv labels the schemes historical (run " + historicalOnly + ")", typo.status().rejection());
    }

    @Test
    void evaluatingAnotherPolicyStoresNothing() {
        JexlTierPolicy policy = new JexlTierPolicy(Policies.standard(), h2.customers, h2.runs);
        policy.apply(runId);

        TieringResult whatIf = policy.evaluate(runId, Map.of(),
                Policies.with("tag.高频购买", "facts.purchases_90d >= 2"));

        assertEquals(List.of("c1", "c4", "c5"), whatIf.ruleTags().stream().filter(tag -> tag.name().equals("高频购买"))
                .map(CustomerTag::customerId).toList());
        assertEquals(2, h2.tagsOfSource(CustomerTag.RULE).size());
        assertThrows(InvalidPolicyException.class, () -> policy.evaluate(runId, Map.of(), Map.of("tiers", "a")));
    }
}
