package io.tierbench.report.support;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.Label;
import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.api.repository.StoredClassification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything a report shows of one customer in one run: attributes, purchase facts up to the run's as-of date, the
 * labels of every classifier and scheme, and tags.
 *
 * @param customer the customer
 * @param facts purchases up to the run's as-of date
 * @param asOf the run's as-of date
 * @param classifications ordered by classifier id and scheme
 * @param tags ordered by source, group and name
 */
public record CustomerRecord(Customer customer, PurchaseFacts facts, LocalDate asOf,
        List<StoredClassification> classifications, List<CustomerTag> tags) {

    public CustomerRecord {
        classifications = List.copyOf(classifications);
        tags = List.copyOf(tags);
    }

    /** @return the customer's external id */
    public String id() {
        return customer.externalId();
    }

    /** @return the classification under a classifier and scheme, or empty when the run has none for the customer */
    public Optional<Classification> classification(String classifierId, String scheme) {
        for (StoredClassification stored : classifications) {
            if (stored.classifierId().equals(classifierId) && stored.classification().scheme().equals(scheme)) {
                return Optional.of(stored.classification());
            }
        }
        return Optional.empty();
    }

    /** @return the label under a classifier and scheme, or {@code null} */
    public Label label(String classifierId, String scheme) {
        return classification(classifierId, scheme).map(Classification::label).orElse(null);
    }

    /** @return whether the label under a classifier and scheme has one of the keys */
    public boolean hasLabel(String classifierId, String scheme, String... keys) {
        Label label = label(classifierId, scheme);
        if (label != null) {
            for (String key : keys) {
                if (label.key().equals(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return a score under a classifier and scheme, or {@code null} */
    public BigDecimal score(String classifierId, String scheme, String score) {
        return classification(classifierId, scheme).map(c -> c.scores().get(score)).orElse(null);
    }

    /** @return whole days from the last purchase to the as-of date, or {@code null} without purchases */
    public Long daysSinceLastPurchase() {
        return facts.hasPurchases() ? facts.daysSinceLastPurchase(asOf) : null;
    }
}
