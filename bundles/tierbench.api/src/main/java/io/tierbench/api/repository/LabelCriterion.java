package io.tierbench.api.repository;

import java.util.Objects;

/**
 * Customers whose label under one classifier and scheme is a given one, e.g. {@code rfm / segment / champions}.
 *
 * @param classifierId the classifier, e.g. {@code rfm}
 * @param scheme the scheme within the classifier, e.g. {@code segment}
 * @param labelKey the label's key, e.g. {@code champions}
 * @since 1.3
 */
public record LabelCriterion(String classifierId, String scheme, String labelKey) {

    public LabelCriterion {
        Objects.requireNonNull(classifierId, "classifierId");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(labelKey, "labelKey");
    }
}
