package io.tierbench.tiering.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.CustomerTag;
import java.util.List;
import java.util.Map;

/**
 * What the policy decided for one customer.
 *
 * @param tier the tier, with the explanation
 * @param ruleTags the tags of the tag rules that held
 * @param overridden whether a manual override decided the tier
 * @param errors per rule key, why it could not be evaluated for this customer
 */
record Decision(Classification tier, List<CustomerTag> ruleTags, boolean overridden, Map<String, String> errors) {
}
