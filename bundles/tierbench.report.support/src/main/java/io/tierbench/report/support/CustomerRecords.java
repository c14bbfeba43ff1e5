package io.tierbench.report.support;

import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RunRepository;
import io.tierbench.api.repository.StoredClassification;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every customer of a run as one {@link CustomerRecord}, merged in a single pass from four reads that the
 * repository sorts by customer id: customers, purchase facts, the run's classifications, and tags. Only a bounded
 * number of items of each read is in memory at a time (see {@link VisitorFeed}), so a report over a hundred
 * thousand customers costs memory per customer written, not per customer stored.
 */
public final class CustomerRecords {

    private CustomerRecords() {
    }

    /**
     * @param customers the customer store
     * @param runs the run store
     * @param runId the run
     * @param asOf the run's as-of date: purchase facts count purchases up to it
     * @param visitor called once per customer, in customer-id order, on the calling thread
     * @throws IllegalStateException when a read is not in customer-id order
     */
    public static void forEach(CustomerRepository customers, RunRepository runs, long runId, LocalDate asOf,
            Consumer<CustomerRecord> visitor) {
        try (VisitorFeed<PurchaseFacts> facts = VisitorFeed.of("purchase facts",
                v -> customers.forEachPurchaseFacts(null, asOf, v));
                VisitorFeed<StoredClassification> labels = VisitorFeed.of("classifications of run " + runId,
                        v -> runs.forEachClassification(runId, v));
                VisitorFeed<CustomerTag> tags = VisitorFeed.of("customer tags", customers::forEachTag)) {
            CustomerCursor<PurchaseFacts> factsCursor = new CustomerCursor<>("purchase facts", facts,
                    PurchaseFacts::customerId);
            CustomerCursor<StoredClassification> labelCursor = new CustomerCursor<>("classifications", labels,
                    stored -> stored.classification().customerId());
            CustomerCursor<CustomerTag> tagCursor = new CustomerCursor<>("tags", tags, CustomerTag::customerId);
            String[] previous = {null};
            customers.forEachCustomer(customer -> {
                String id = customer.externalId();
                if (previous[0] != null && id.compareTo(previous[0]) <= 0) {
                    throw new IllegalStateException("customers are not in id order: " + id + " came after "
                            + previous[0]);
                }
                previous[0] = id;
                List<PurchaseFacts> found = factsCursor.itemsOf(id);
                visitor.accept(new CustomerRecord(customer, found.isEmpty() ? PurchaseFacts.none(id) : found.get(0),
                        asOf, labelCursor.itemsOf(id), tagCursor.itemsOf(id)));
            });
        }
    }
}
