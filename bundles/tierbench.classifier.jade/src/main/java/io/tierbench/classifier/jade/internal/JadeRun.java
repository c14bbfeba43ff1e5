package io.tierbench.classifier.jade.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.classifier.ClassificationException;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.model.PurchaseFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One run: every customer's preference and membership level. */
final class JadeRun {

    private JadeRun() {
    }

    /**
     * Reads the orders once, then each customer's attributes and purchase facts.
     *
     * @throws ClassificationException when the context has no as-of date
     */
    static ClassifierResult classify(JadeSettings settings, JadeLabels labels, ClassificationContext context)
            throws ClassificationException {
        LocalDate asOf = context.asOf();
        if (asOf == null) {
            throw new ClassificationException("the jade classifier cannot run without an as-of date");
        }
        List<PurchaseFacts> facts = context.facts();
        CategorySpend spend = CategorySpend.of(context, settings);
        PreferenceRule preferences = new PreferenceRule(settings, labels);
        MembershipRule membership = new MembershipRule(settings, labels, asOf);
        JadeSummary summary = new JadeSummary();
        Map<String, Map<String, String>> attributesById = new HashMap<>();
        context.forEachCustomer(customer -> {
            if (!customer.attributes().isEmpty()) {
                attributesById.put(customer.externalId(), customer.attributes());
            }
        });
        List<Classification> classifications = new ArrayList<>(2 * facts.size());
        for (PurchaseFacts customerFacts : facts) {
            String id = customerFacts.customerId();
            Map<String, String> attributes = attributesById.getOrDefault(id, Map.of());
            Classification preference = preferences.classify(id, attributes, spend.of(id));
            MembershipRule.Outcome level = membership.classify(id, attributes, customerFacts);
            summary.add(preference, level);
            classifications.add(preference);
            classifications.add(level.classification());
        }
        String text = "Jade as of " + asOf + ": " + facts.size() + " customers.\n"
                + summary.describe(spend.unmappedCategories()) + "\n" + preferences.rule() + "\n" + membership.rule();
        return new ClassifierResult(classifications, text);
    }
}
