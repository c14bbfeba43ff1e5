package io.tierbench.classifier.clv.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.classifier.ClassificationException;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.model.PurchaseFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One CLV run: values every customer with a purchase and tiers them under each configured scheme. */
final class ClvRun {

    /** Scheme tiering by the discounted BG/NBD x Gamma-Gamma CLV. */
    static final String PREDICTIVE = "predictive";

    /** Scheme tiering by the historical CLV. */
    static final String HISTORICAL = "historical";

    private final ClvSettings settings;
    private final LocalDate asOf;
    private final FittedLifetimeModel model;
    private final List<Classification> classifications = new ArrayList<>();

    private ClvRun(ClvSettings settings, LocalDate asOf, FittedLifetimeModel model) {
        this.settings = settings;
        this.asOf = asOf;
        this.model = model;
    }

    /**
     * @param model the fitted model; {@code null} when the predictive scheme is off or could not be fitted
     * @param predictiveFailure why the predictive scheme is missing, for the summary; {@code null} when it is not
     * @throws ClassificationException when a customer's expected purchases cannot be computed
     */
    static ClassifierResult classify(ClvSettings settings, ClassificationContext context, FittedLifetimeModel model,
            String predictiveFailure) throws ClassificationException {
        return new ClvRun(settings, context.asOf(), model).classify(context.facts(), predictiveFailure);
    }

    private ClassifierResult classify(List<PurchaseFacts> facts, String predictiveFailure)
            throws ClassificationException {
        List<CustomerValue> values = new ArrayList<>();
        for (PurchaseFacts customer : facts) {
            if (customer.hasPurchases()) {
                values.add(value(customer));
            }
        }
        StringBuilder summary = new StringBuilder("CLV as of " + asOf + ": " + values.size()
                + " customers with a purchase, " + (facts.size() - values.size()) + " without.");
        if (predictiveFailure != null) {
            summary.append('\n').append(predictiveFailure);
        }
        if (model != null) {
            summary.append('\n').append(model.fit().describe(model.unit()));
            label(PREDICTIVE, values, CustomerValue::predictiveValue, settings.predictiveTiers(), summary);
        }
        if (settings.historical()) {
            label(HISTORICAL, values, v -> v.historical().value(), settings.historicalTiers(), summary);
        }
        labelNonBuyers(facts);
        return new ClassifierResult(classifications, summary.toString());
    }

    private CustomerValue value(PurchaseFacts customer) throws ClassificationException {
        HistoricalClv historical = HistoricalClv.of(customer, asOf, settings);
        if (model == null) {
            return new CustomerValue(customer, CalibrationSummary.of(customer, asOf, settings.unit()), historical,
                    null);
        }
        CalibrationSummary summary = model.summary(customer.customerId());
        try {
            PredictiveClv predictive = PredictiveClv.of(summary, model.fit(), model.unit(), settings);
            return new CustomerValue(customer, summary, historical, predictive);
        } catch (ArithmeticException e) {
            throw new ClassificationException("Cannot compute the expected purchases of customer "
                    + customer.customerId() + " over " + settings.horizonMonths() + " months: " + e.getMessage(), e);
        }
    }

    private void label(String scheme, List<CustomerValue> values, Function<CustomerValue, BigDecimal> clv,
            TierRule rule, StringBuilder summary) {
        Ranking ranking = new Ranking(values.stream().map(clv).toList());
        Map<Tier, Integer> counts = new EnumMap<>(Tier.class);
        for (CustomerValue value : values) {
            int higher = ranking.strictlyHigher(clv.apply(value));
            Tier tier = rule.tier(clv.apply(value), higher, ranking.size());
            counts.merge(tier, 1, Integer::sum);
            String reason = (PREDICTIVE.equals(scheme)
                    ? value.predictive().explain(value.summary(), model.unit(), settings)
                    : value.historical().explain(value.facts(), settings))
                    + ". Tier " + tier.key() + ": " + higher + " of " + ranking.size()
                    + " customers have a higher CLV; " + rule.describe() + ".";
            classifications.add(new Classification(value.facts().customerId(), scheme,
                    settings.labels().tier(tier), value.scores(), reason));
        }
        summary.append('\n').append(scheme).append(" tiers by ").append(rule.describe()).append(": ");
        for (Tier tier : Tier.values()) {
            summary.append(tier.key()).append(' ').append(counts.getOrDefault(tier, 0))
                    .append(tier == Tier.LOW ? "." : ", ");
        }
    }

    private void labelNonBuyers(List<PurchaseFacts> facts) {
        String reason = "No purchase up to " + asOf + ": no CLV";
        for (PurchaseFacts customer : facts) {
            if (customer.hasPurchases()) {
                continue;
            }
            for (String scheme : schemes()) {
                classifications.add(new Classification(customer.customerId(), scheme, settings.labels().noPurchases(),
                        Map.of(), reason));
            }
        }
    }

    private List<String> schemes() {
        List<String> schemes = new ArrayList<>();
        if (model != null) {
            schemes.add(PREDICTIVE);
        }
        if (settings.historical()) {
            schemes.add(HISTORICAL);
        }
        return schemes;
    }
}
