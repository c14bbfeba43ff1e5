package io.tierbench.api.repository;

import io.tierbench.api.classifier.Classification;
import java.util.Objects;

/**
 * A classification as stored in a run, with the classifier that produced it.
 *
 * @param classifierId the classifier's id
 * @param classification the label, scores and explanation
 * @since 1.0
 */
public record StoredClassification(String classifierId, Classification classification) {

    public StoredClassification {
        Objects.requireNonNull(classifierId, "classifierId");
        Objects.requireNonNull(classification, "classification");
    }
}
