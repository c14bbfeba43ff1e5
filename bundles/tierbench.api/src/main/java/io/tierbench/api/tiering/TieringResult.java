package io.tierbench.api.tiering;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.CustomerTag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a tier policy decided for every customer of a run.
 *
 * @param runId the run whose classifications were the inputs
 * @param asOf the run's as-of date, against which facts and override expiry were judged
 * @param tiers one classification per customer under scheme {@value TierPolicy#SCHEME}, in customer-id order; the
 *        explanation names the rule that matched and the values it saw, the default, or the manual override
 * @param ruleTags every rule tag of every customer, in customer-id order
 * @param overridden customers whose tier came from a manual override
 * @param evaluationErrors per rule key, the customers for whom the rule could not be evaluated (e.g. a comparison
 *        with a fact the customer does not have); such a rule counts as not holding for them
 * @param warnings what the caller should see, e.g. the first error of each rule
 * @since 1.0
 */
public record TieringResult(long runId, LocalDate asOf, List<Classification> tiers, List<CustomerTag> ruleTags,
        long overridden, Map<String, Long> evaluationErrors, List<String> warnings) {

    public TieringResult {
        tiers = List.copyOf(tiers);
        ruleTags = List.copyOf(ruleTags);
        evaluationErrors = Map.copyOf(evaluationErrors);
        warnings = List.copyOf(warnings);
    }
}
