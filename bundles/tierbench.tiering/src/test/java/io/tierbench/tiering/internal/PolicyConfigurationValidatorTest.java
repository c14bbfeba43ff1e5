package io.tierbench.tiering.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The profile check of a tier policy gives the same problems, with key, line and column, as the policy on arrival. */
class PolicyConfigurationValidatorTest {

    private final PolicyConfigurationValidator validator = new PolicyConfigurationValidator(p -> Policies.OUTPUTS);

    @Test
    void aValidPolicyHasNoProblem() {
        assertEquals(List.of(), validator.validate("tierbench.tiering", Policies.standard()));
    }

    @Test
    void everyProblemIsNamedWithItsRuleKeyLineAndColumn() {
        Map<String, Object> policy = Policies.with("rule.20", "clv.predictive == \"top\" && facts.purchases_90d >= "
                + "-> diamond");
        policy.put("tag.高频购买", "facts.purchases_90d >= 3 &&\n  clv.teir == \"top\"");
        policy.put("default.tier", "bronze");

        assertEquals(List.of("default.tier: unknown tier 'bronze' (tiers: diamond, gold, silver, regular, winback)",
                "rule.20 (line 1, column 48): parsing error in '>='",
                "tag.高频购买 (line 2, column 3): unknown variable clv.teir: classifier clv labels the schemes "
                        + "historical, predictive (run 7)"),
                validator.validate("tierbench.tiering", policy));
    }

    @Test
    void withoutARunClassifierVariablesAreNotChecked() {
        Map<String, Object> policy = Policies.with("rule.20", "clv.teir == \"top\" -> diamond");
        assertEquals(List.of(), new PolicyConfigurationValidator(p -> ClassifierOutputs.NONE)
                .validate("tierbench.tiering", policy));
        assertEquals(1, validator.validate("tierbench.tiering", policy).size());
    }
}
