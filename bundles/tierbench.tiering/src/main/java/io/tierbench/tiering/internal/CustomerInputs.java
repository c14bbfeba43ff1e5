package io.tierbench.tiering.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.api.model.TierOverride;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a policy may read about one customer. Parts the policy does not read are not loaded and are
 * {@code null}.
 *
 * @param customerId the customer's external id
 * @param customer the customer's fields, or {@code null}
 * @param facts purchase facts up to the as-of date
 * @param windows purchases in the day windows, or {@code null}
 * @param interactions interaction counts in the day windows, or {@code null}
 * @param tags the customer's tags of every source but the rules, by name and by {@code group/name}
 * @param classifications the run's classifications of the customer, by classifier id
 * @param override the customer's manual tier override, expired or not, or {@code null}
 */
record CustomerInputs(String customerId, Customer customer, PurchaseFacts facts, PurchaseWindows.Counts windows,
        InteractionCounts.Counts interactions, Set<String> tags, Map<String, List<Classification>> classifications,
        TierOverride override) {
}
