package io.tierbench.classifier.jade.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.Label;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@value #SCHEME} scheme: an imported preference wins; otherwise the preference holding at least the minimum
 * share of the customer's categorised completed spend, else mixed; no categorised purchase is unknown.
 */
final class PreferenceRule {

    static final String SCHEME = "preference";
    static final String MIXED = "mixed";
    static final String UNKNOWN = "unknown";

    /** {@code preference_source} score of an imported preference. */
    static final BigDecimal IMPORTED = BigDecimal.ONE;
    /** {@code preference_source} score of a preference inferred from purchases (also for mixed and unknown). */
    static final BigDecimal INFERRED = BigDecimal.valueOf(2);

    private final JadeSettings settings;
    private final JadeLabels labels;
    private final String rule;

    PreferenceRule(JadeSettings settings, JadeLabels labels) {
        this.settings = settings;
        this.labels = labels;
        this.rule = "Rule: an imported preference (attributes " + names(settings) + ") wins; otherwise the "
                + "preference holding at least " + Shares.format(settings.minShare()) + " of the spend on completed "
                + "purchases in mapped categories (all history up to the as-of date) is inferred, else mixed; no "
                + "such purchase -> unknown.";
    }

    private static String names(JadeSettings settings) {
        return settings.preferenceAttributes().isEmpty() ? "none configured"
                : String.join(", ", settings.preferenceAttributes());
    }

    /** @return the rule, for the run summary */
    String rule() {
        return rule;
    }

    /**
     * @param attributes the customer's free attributes
     * @param spend the customer's completed spend by preference
     */
    Classification classify(String customerId, Map<String, String> attributes, CategorySpend.Customer spend) {
        Optional<ImportedValue> imported = ImportedValue.first(attributes, settings.preferenceAttributes());
        Optional<Preference> preference = imported.flatMap(value -> Preference.parse(value.text()));
        Map<String, BigDecimal> scores = scores(spend);
        String purchases = purchases(spend);
        if (preference.isPresent()) {
            scores.put("preference_source", IMPORTED);
            return new Classification(customerId, SCHEME, labels.preference(preference.get().key()), scores,
                    "Imported preference " + imported.get() + " -> " + preference.get() + ". Purchases, for "
                            + "comparison: " + purchases + ". " + rule);
        }
        scores.put("preference_source", INFERRED);
        String prefix = imported.map(value -> "Imported preference " + value + " names no preference (收藏/佩戴/投资 "
                + "or collection/wearing/investment), so it is ignored; ").orElse("No imported preference; ");
        Preference top = spend.top();
        if (top == null) {
            return new Classification(customerId, SCHEME, labels.preference(UNKNOWN), scores,
                    prefix + "purchases: " + purchases + ": no completed purchase in a mapped category -> unknown. "
                            + rule);
        }
        BigDecimal share = Shares.percent(spend.of(top), spend.categorised());
        boolean wins = Shares.atLeast(spend.of(top), spend.categorised(), settings.minShare());
        String comparison = "the largest, " + top.key() + ", holds " + Shares.format(share)
                + (wins ? " >= " : " < ") + Shares.format(settings.minShare());
        Label label = wins ? labels.preference(top.key()) : labels.preference(MIXED);
        return new Classification(customerId, SCHEME, label, scores, prefix + "purchases: " + purchases + "; "
                + comparison + " -> " + (wins ? top.toString() : "mixed (多元)") + ". " + rule);
    }

    private static Map<String, BigDecimal> scores(CategorySpend.Customer spend) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (Preference preference : Preference.values()) {
            scores.put(preference.key() + "_spend", spend.of(preference));
        }
        scores.put("categorised_spend", spend.categorised());
        Preference top = spend.top();
        scores.put("top_share", top == null ? BigDecimal.ZERO.setScale(Shares.PERCENT_SCALE)
                : Shares.percent(spend.of(top), spend.categorised()));
        return scores;
    }

    /** @return e.g. {@code collection 800.00, wearing 200.00, investment 0 of 1000.00 categorised (uncategorised 0)} */
    private static String purchases(CategorySpend.Customer spend) {
        StringBuilder text = new StringBuilder();
        for (Preference preference : Preference.values()) {
            text.append(text.length() == 0 ? "" : ", ").append(preference.key()).append(' ')
                    .append(spend.of(preference).toPlainString());
        }
        return text.append(" of ").append(spend.categorised().toPlainString()).append(" categorised spend")
                .append(" (uncategorised ").append(spend.uncategorised().toPlainString()).append(')').toString();
    }
}
