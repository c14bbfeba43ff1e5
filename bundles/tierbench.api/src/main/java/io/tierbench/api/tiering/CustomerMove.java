package io.tierbench.api.tiering;

import io.tierbench.api.model.Label;
import java.util.Objects;

/**
 * A customer whose label would change in a dry run.
 *
 * @param customerId the customer's external id
 * @param name the customer's name, or {@code null}
 * @param classifierId the classifier, or {@value TierPolicy#CLASSIFIER_ID} for the tier
 * @param scheme the scheme
 * @param from the label in the latest run, or {@code null} when the customer had none
 * @param to the label in the dry run, or {@code null} when the customer would have none
 * @since 1.0
 */
public record CustomerMove(String customerId, String name, String classifierId, String scheme, Label from,
        Label to) {

    public CustomerMove {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(classifierId, "classifierId");
        Objects.requireNonNull(scheme, "scheme");
    }
}
