package io.tierbench.classifier.rfm.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.classifier.ClassificationException;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.model.PurchaseFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One RFM run: scores the customers with purchases in the window and labels every customer under both schemes. */
final class RfmRun {

    /** Scheme of the named segments of the R x FM grid. */
    static final String SEGMENT_SCHEME = "segment";

    /** Scheme of the Chinese eight-class value model. */
    static final String VALUE_SCHEME = "value";

    private static final Map<String, BigDecimal> NO_PURCHASE_SCORES = noPurchaseScores();

    private final RfmSettings settings;
    private final LocalDate asOf;
    private final String window;
    private final String noPurchasesExplanation;
    private final ArrayList<Classification> classifications = new ArrayList<>();

    private RfmRun(RfmSettings settings, LocalDate asOf) {
        this.settings = settings;
        this.asOf = asOf;
        this.window = settings.describeWindow(asOf);
        this.noPurchasesExplanation = "No purchase in " + window + ": not scored";
    }

    /**
     * @throws ClassificationException when the context has no as-of date or its facts contradict it
     */
    static ClassifierResult classify(RfmSettings settings, ClassificationContext context)
            throws ClassificationException {
        if (context.asOf() == null) {
            throw new ClassificationException("RFM cannot run without an as-of date");
        }
        return new RfmRun(settings, context.asOf()).classify(context.facts(settings.windowStart(context.asOf())));
    }

    private ClassifierResult classify(List<PurchaseFacts> facts) throws ClassificationException {
        List<PurchaseFacts> scored = scoredCustomers(facts);
        classifications.ensureCapacity(2 * facts.size());
        String counts = "RFM as of " + asOf + " over " + window + ": " + scored.size() + " customers scored, "
                + (facts.size() - scored.size()) + " without purchases.";
        if (scored.isEmpty()) {
            facts.forEach(this::addNoPurchases);
            return new ClassifierResult(classifications, counts + " Nothing to score.");
        }
        RfmBase base = RfmBase.of(scored, asOf, settings.bins());
        RfmExplanations explanations = new RfmExplanations(base);
        int scoredIndex = 0;
        for (PurchaseFacts customer : facts) {
            if (customer.hasPurchases()) {
                addScored(customer.customerId(), base.score(scoredIndex++), base, explanations);
            } else {
                addNoPurchases(customer);
            }
        }
        return new ClassifierResult(classifications, counts + "\n" + explanations.describeBreakpoints()
                + "\nMeans over the scored customers: " + base.means().describe());
    }

    private List<PurchaseFacts> scoredCustomers(List<PurchaseFacts> facts) throws ClassificationException {
        List<PurchaseFacts> scored = new ArrayList<>();
        for (PurchaseFacts customer : facts) {
            if (!customer.hasPurchases()) {
                continue;
            }
            if (customer.lastPurchase() == null || customer.lastPurchase().isAfter(asOf)) {
                throw new ClassificationException("RFM got facts that contradict the as-of date " + asOf
                        + ": customer " + customer.customerId() + " has " + customer.purchaseCount()
                        + " purchases, the last on " + customer.lastPurchase());
            }
            scored.add(customer);
        }
        return scored;
    }

    private void addScored(String customerId, CustomerRfm rfm, RfmBase base, RfmExplanations explanations) {
        Map<String, BigDecimal> scores = rfm.scores();
        Segment segment = settings.grid().segmentAt(rfm.r(), rfm.fm());
        classifications.add(new Classification(customerId, SEGMENT_SCHEME,
                settings.labels().segment(segment), scores, explanations.segment(rfm, segment)));
        ValueClass valueClass = base.valueClass(rfm);
        classifications.add(new Classification(customerId, VALUE_SCHEME,
                settings.labels().value(valueClass), scores,
                explanations.value(rfm, valueClass, settings.labels().value(valueClass))));
    }

    private void addNoPurchases(PurchaseFacts customer) {
        for (String scheme : List.of(SEGMENT_SCHEME, VALUE_SCHEME)) {
            classifications.add(new Classification(customer.customerId(), scheme, settings.labels().noPurchases(),
                    NO_PURCHASE_SCORES, noPurchasesExplanation));
        }
    }

    private static Map<String, BigDecimal> noPurchaseScores() {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        scores.put("frequency", BigDecimal.ZERO);
        scores.put("monetary", BigDecimal.ZERO);
        return Collections.unmodifiableMap(scores);
    }
}
