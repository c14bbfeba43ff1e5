package io.tierbench.api.classifier;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.PurchaseFacts;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What a classifier sees during one run. Provided by the engine.
 *
 * @since 1.0
 */
@ProviderType
public interface ClassificationContext {

    /** @return the run's as-of date: purchases up to and including this date count, later ones do not */
    LocalDate asOf();

    /**
     * The purchase facts of every customer in the repository, from all history up to the as-of date. Computed once
     * per run and shared by every classifier.
     *
     * @return one entry per customer (customers without purchases included), in external-id order; unmodifiable
     */
    List<PurchaseFacts> facts();

    /**
     * The purchase facts over a window: purchases from {@code from} up to the as-of date, both inclusive. Computed
     * at most once per distinct window in a run.
     *
     * @param from first day of the window; {@code null} for all history
     * @return one entry per customer, in external-id order; unmodifiable
     */
    List<PurchaseFacts> facts(LocalDate from);

    /**
     * @param externalId a customer's id
     * @return the customer's attributes, or empty when unknown
     */
    Optional<Customer> customer(String externalId);

    /**
     * Streams every customer in the repository, in external-id order, without loading them all into memory: for a
     * classifier that reads every customer's attributes, one pass instead of a {@link #customer(String)} lookup per
     * customer.
     *
     * @param visitor called once per customer, on the calling thread
     * @since 1.2
     */
    default void forEachCustomer(Consumer<Customer> visitor) {
        for (PurchaseFacts customerFacts : facts()) {
            customer(customerFacts.customerId()).ifPresent(visitor);
        }
    }

    /**
     * Streams every order placed up to the as-of date, refunds and cancellations included, ordered by customer and
     * time, without loading them all into memory.
     *
     * @param visitor called once per order, on the calling thread
     */
    void forEachOrder(Consumer<Order> visitor);

    /**
     * Streams every interaction that occurred up to the as-of date, without loading them all into memory.
     *
     * @param visitor called once per interaction, on the calling thread, in interaction-id order
     * @since 1.1
     */
    void forEachInteraction(Consumer<Interaction> visitor);
}
