package io.tierbench.api.repository;

import io.tierbench.api.model.Label;

/**
 * How many customers got a label in a run.
 *
 * @param classifierId the classifier
 * @param scheme the scheme within the classifier
 * @param label the label
 * @param customers number of customers
 * @since 1.0
 */
public record LabelCount(String classifierId, String scheme, Label label, long customers) {
}
