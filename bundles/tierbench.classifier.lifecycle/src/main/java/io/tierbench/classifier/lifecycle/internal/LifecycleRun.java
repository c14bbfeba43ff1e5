package io.tierbench.classifier.lifecycle.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.classifier.ClassificationException;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.clv.LifetimeModelService;
import io.tierbench.api.model.Label;
import io.tierbench.api.model.PurchaseFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One lifecycle run: every customer's stage from all its purchases up to the as-of date. */
final class LifecycleRun {

    /** The only labelling scheme of the classifier. */
    static final String SCHEME = "stage";

    private LifecycleRun() {
    }

    /**
     * @param lifetimeModel the lifetime model service, or {@code null} when none is installed
     * @throws ClassificationException when the context has no as-of date or its facts contradict it
     */
    static ClassifierResult classify(LifecycleSettings settings, Map<Stage, Label> labels,
            LifetimeModelService lifetimeModel, ClassificationContext context) throws ClassificationException {
        LocalDate asOf = context.asOf();
        if (asOf == null) {
            throw new ClassificationException("Lifecycle cannot run without an as-of date");
        }
        List<PurchaseFacts> facts = context.facts();
        checkAgainstAsOf(facts, asOf);
        AliveProbabilities alive = AliveProbabilities.fit(lifetimeModel, context);
        StageRules rules = new StageRules(settings, asOf);
        Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
        List<Classification> classifications = new ArrayList<>(facts.size());
        for (PurchaseFacts customer : facts) {
            StageRules.Decision decision = rules.decide(customer, alive.of(customer.customerId()));
            counts.merge(decision.stage(), 1, Integer::sum);
            classifications.add(new Classification(customer.customerId(), SCHEME, labels.get(decision.stage()),
                    decision.scores(), decision.explanation()));
        }
        String summary = "Lifecycle as of " + asOf + " over all history: " + facts.size() + " customers; "
                + describe(counts) + ".\n" + alive.note() + "\n" + settings.describeRules();
        return new ClassifierResult(classifications, summary);
    }

    private static void checkAgainstAsOf(List<PurchaseFacts> facts, LocalDate asOf) throws ClassificationException {
        for (PurchaseFacts customer : facts) {
            if (customer.hasPurchases() && (customer.firstPurchase() == null || customer.lastPurchase() == null
                    || customer.lastPurchase().isAfter(asOf))) {
                throw new ClassificationException("Lifecycle got facts that contradict the as-of date " + asOf
                        + ": customer " + customer.customerId() + " has " + customer.purchaseCount()
                        + " purchases, the first on " + customer.firstPurchase() + ", the last on "
                        + customer.lastPurchase());
            }
        }
    }

    /** @return e.g. {@code potential 1, won-back 0, new 2, churned 1, at-risk 3, active 5} */
    private static String describe(Map<Stage, Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            parts.add(stage.key() + " " + counts.getOrDefault(stage, 0));
        }
        return String.join(", ", parts);
    }
}
