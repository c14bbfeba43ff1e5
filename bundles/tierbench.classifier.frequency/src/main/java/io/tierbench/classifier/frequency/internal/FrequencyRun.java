package io.tierbench.classifier.frequency.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.classifier.ClassificationException;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.model.PurchaseFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One frequency run: counts every customer's purchase days and interactions in their windows and labels each under
 * both schemes.
 */
final class FrequencyRun {

    /** Scheme of the purchase frequency. */
    static final String PURCHASES_SCHEME = "purchases";

    /** Scheme of the interaction frequency. */
    static final String INTERACTIONS_SCHEME = "interactions";

    private final FrequencySettings settings;
    private final FrequencyLabels labels;
    private final LocalDate asOf;
    private final CountScale purchaseScale;
    private final CountScale interactionScale;
    private final String purchaseWindow;
    private final String interactionWindow;
    private final String kinds;
    private final Map<String, Integer> purchaseTally = new LinkedHashMap<>();
    private final Map<String, Integer> interactionTally = new LinkedHashMap<>();

    private FrequencyRun(FrequencySettings settings, FrequencyLabels labels, LocalDate asOf) {
        this.settings = settings;
        this.labels = labels;
        this.asOf = asOf;
        this.purchaseScale = settings.purchaseScale();
        this.interactionScale = settings.interactionScale();
        this.purchaseWindow = settings.purchaseWindow().describe(asOf);
        this.interactionWindow = settings.interactionWindow().describe(asOf);
        this.kinds = InteractionKinds.all(settings.kinds()) ? "of every kind"
                : "of the kinds " + InteractionKinds.describe(settings.kinds());
        purchaseScale.keys().forEach(key -> purchaseTally.put(key, 0));
        interactionScale.keys().forEach(key -> interactionTally.put(key, 0));
    }

    /**
     * @throws ClassificationException when the context has no as-of date
     */
    static ClassifierResult classify(FrequencySettings settings, FrequencyLabels labels,
            ClassificationContext context) throws ClassificationException {
        if (context.asOf() == null) {
            throw new ClassificationException("the frequency classifier cannot run without an as-of date");
        }
        return new FrequencyRun(settings, labels, context.asOf()).classify(context);
    }

    private ClassifierResult classify(ClassificationContext context) {
        List<PurchaseFacts> base = context.facts();
        Map<String, PurchaseFacts> inWindow = new HashMap<>();
        context.facts(settings.purchaseWindow().start(asOf)).forEach(f -> inWindow.put(f.customerId(), f));
        List<String> customerIds = base.stream().map(PurchaseFacts::customerId).toList();
        InteractionCounter counter = new InteractionCounter(asOf, settings.interactionWindow(), settings.kinds(),
                customerIds);
        context.forEachInteraction(counter);
        List<Classification> classifications = new ArrayList<>(2 * base.size());
        for (PurchaseFacts allHistory : base) {
            String id = allHistory.customerId();
            PurchaseFacts windowed = inWindow.getOrDefault(id, PurchaseFacts.none(id));
            classifications.add(purchases(allHistory, windowed));
            classifications.add(interactions(id, counter.of(id)));
        }
        return new ClassifierResult(classifications, summary(base.size(), counter));
    }

    private Classification purchases(PurchaseFacts allHistory, PurchaseFacts windowed) {
        int days = windowed.purchaseDays();
        CountBand band = purchaseScale.bandOf(days);
        purchaseTally.merge(band.key(), 1, Integer::sum);
        String counted = days + " purchase days";
        if (days > 0) {
            counted += " (" + windowed.purchaseCount() + " completed orders; orders on the same day count once)";
        }
        counted += " in " + purchaseWindow;
        if (days == 0) {
            counted += allHistory.hasPurchases() ? " (the last completed purchase was on "
                    + allHistory.lastPurchase() + ")" : " (no completed purchase up to " + asOf + ")";
        }
        return classification(allHistory.customerId(), PURCHASES_SCHEME, band, days, settings.purchaseWindow(),
                counted + ", " + settings.purchaseWindow().per30Days(days) + " per 30 days: "
                        + purchaseScale.comparison(days) + ". " + purchaseScale.rule());
    }

    private Classification interactions(String customerId, InteractionCounter.Tally tally) {
        int count = tally.counted();
        CountBand band = interactionScale.bandOf(count);
        interactionTally.merge(band.key(), 1, Integer::sum);
        String others = tally.otherKinds() == 0 ? ""
                : " (" + tally.otherKinds() + " more of other kinds, not counted)";
        return classification(customerId, INTERACTIONS_SCHEME, band, count, settings.interactionWindow(),
                count + (count == 1 ? " interaction " : " interactions ") + kinds + " in " + interactionWindow
                        + others + ", " + settings.interactionWindow().per30Days(count) + " per 30 days: "
                        + interactionScale.comparison(count) + ". " + interactionScale.rule());
    }

    private Classification classification(String customerId, String scheme, CountBand band, int count,
            CountWindow window, String explanation) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        scores.put("count", BigDecimal.valueOf(count));
        scores.put("window_days", BigDecimal.valueOf(window.days()));
        scores.put("per_30_days", window.per30Days(count));
        return new Classification(customerId, scheme, labels.of(scheme, band.key()), scores, explanation);
    }

    private String summary(int customers, InteractionCounter counter) {
        return "Frequency as of " + asOf + ", " + customers + " customers.\n"
                + "purchases: distinct purchase days in " + purchaseWindow + ": " + tally(purchaseTally) + ". "
                + purchaseScale.rule() + "\n"
                + "interactions: interactions " + kinds + " in " + interactionWindow + ": " + tally(interactionTally)
                + ". " + interactionScale.rule() + "\n" + counter.describe() + ".";
    }

    private static String tally(Map<String, Integer> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach((key, count) -> text.append(text.length() == 0 ? "" : ", ").append(count).append(' ')
                .append(key));
        return text.toString();
    }
}
