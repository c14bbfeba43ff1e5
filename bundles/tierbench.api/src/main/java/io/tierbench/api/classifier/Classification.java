package io.tierbench.api.classifier;

import io.tierbench.api.model.Label;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * One customer's label under one scheme of a classifier, with the numbers behind it and why.
 *
 * <p>A classifier may label each customer under several schemes (RFM gives both the named segment and the
 * eight-class value model); each scheme is compared across runs on its own.
 *
 * @param customerId the customer's external id
 * @param scheme the labelling scheme within the classifier, e.g. {@code segment}; stable across runs
 * @param label the tier or segment
 * @param scores named numeric inputs and results (e.g. {@code recency_days}, {@code r_score}); insertion order kept
 * @param explanation the inputs, thresholds and rule that produced the label, in English, for people
 * @since 1.0
 */
public record Classification(String customerId, String scheme, Label label, Map<String, BigDecimal> scores,
        String explanation) {

    public Classification {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(explanation, "explanation");
        scores = scores == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
    }
}
