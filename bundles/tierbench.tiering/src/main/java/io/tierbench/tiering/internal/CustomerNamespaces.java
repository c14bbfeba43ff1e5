package io.tierbench.tiering.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.PurchaseFacts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns one customer's inputs into the namespaces rules read: facts, customer, interactions, one per classifier. */
final class CustomerNamespaces {

    private static final Namespace NO_SCORES = Namespace.lenient("scores", Map.of());

    private CustomerNamespaces() {
    }

    /**
     * @param classifierRoots classifier names the policy reads: a customer the classifier did not label still gets
     *        the namespace, with no labels, so its variables read as {@code null}
     */
    static Map<String, Namespace> of(CustomerInputs inputs, LocalDate asOf, Set<String> classifierRoots) {
        Map<String, Namespace> namespaces = new HashMap<>();
        for (String root : classifierRoots) {
            namespaces.put(root, Namespace.lenient(root, Map.of(Variables.SCORES, NO_SCORES)));
        }
        inputs.classifications().forEach((classifierId, classifications) -> {
            String root = ClassifierOutputs.rootOf(classifierId);
            namespaces.put(root, classifier(root, classifications));
        });
        namespaces.put(Variables.FACTS, Namespace.strict(Variables.FACTS, facts(inputs, asOf)));
        namespaces.put(Variables.CUSTOMER, Namespace.strict(Variables.CUSTOMER, customer(inputs)));
        namespaces.put(Variables.INTERACTIONS, Namespace.strict(Variables.INTERACTIONS, interactions(inputs)));
        return namespaces;
    }

    private static Namespace classifier(String root, List<Classification> classifications) {
        Map<String, Object> labels = new HashMap<>();
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (Classification classification : classifications) {
            labels.put(classification.scheme(), classification.label().key());
            classification.scores().forEach(scores::putIfAbsent);
        }
        labels.put(Variables.SCORES, Namespace.lenient(root + "." + Variables.SCORES, scores));
        return Namespace.lenient(root, labels);
    }

    private static Map<String, Object> facts(CustomerInputs inputs, LocalDate asOf) {
        PurchaseFacts facts = inputs.facts();
        Map<String, Object> values = new HashMap<>();
        values.put("purchase_count", facts.purchaseCount());
        values.put("purchase_days", facts.purchaseDays());
        values.put("total_spend", facts.totalSpend());
        values.put("max_order", facts.maxOrderAmount());
        values.put("average_order", facts.hasPurchases()
                ? facts.totalSpend().divide(BigDecimal.valueOf(facts.purchaseCount()), 2, RoundingMode.HALF_UP) : null);
        values.put("days_since_last_purchase", facts.lastPurchase() == null ? null
                : ChronoUnit.DAYS.between(facts.lastPurchase(), asOf));
        values.put("days_since_first_purchase", facts.firstPurchase() == null ? null
                : ChronoUnit.DAYS.between(facts.firstPurchase(), asOf));
        values.put("median_gap_days", facts.medianGapDays());
        List<Integer> windows = Variables.PURCHASE_WINDOWS;
        for (int i = 0; i < windows.size(); i++) {
            PurchaseWindows.Counts counts = inputs.windows();
            values.put(Variables.purchases(windows.get(i)), counts == null ? null : counts.purchases()[i]);
            values.put(Variables.spend(windows.get(i)), counts == null ? null : counts.spend()[i]);
        }
        return values;
    }

    private static Map<String, Object> customer(CustomerInputs inputs) {
        Customer c = inputs.customer();
        Map<String, Object> values = new HashMap<>();
        values.put("id", inputs.customerId());
        values.put("name", c == null ? null : c.name());
        values.put("type", c == null || c.type() == null ? null : c.type().name().toLowerCase(Locale.ROOT));
        values.put("gender", c == null ? null : c.gender());
        values.put("birth_year", c == null ? null : c.birthYear());
        values.put("occupation", c == null ? null : c.occupation());
        values.put("income_band", c == null ? null : c.incomeBand());
        values.put("country", c == null ? null : c.country());
        values.put("province", c == null ? null : c.province());
        values.put("city", c == null ? null : c.city());
        values.put("industry", c == null ? null : c.industry());
        values.put("company_size", c == null ? null : c.companySize());
        values.put("channel", c == null ? null : c.acquisitionChannel());
        values.put("owner", c == null ? null : c.owner());
        values.put(Variables.ATTRIBUTES, Namespace.lenient("customer.attributes",
                c == null ? Map.of() : c.attributes()));
        return values;
    }

    private static Map<String, Object> interactions(CustomerInputs inputs) {
        Map<String, Object> values = new HashMap<>();
        InteractionCounts.Counts counts = inputs.interactions();
        for (int k = 0; k < Variables.INTERACTION_KINDS.size(); k++) {
            for (int w = 0; w < Variables.INTERACTION_WINDOWS.size(); w++) {
                values.put(Variables.interactions(Variables.INTERACTION_KINDS.get(k),
                        Variables.INTERACTION_WINDOWS.get(w)), counts == null ? null : counts.count(k, w));
            }
        }
        return values;
    }
}
