package io.tierbench.api.repository;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.Order;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A unit of writes that is stored whole or not at all. Upserts are keyed by external id: writing a record equal to
 * the stored one changes nothing and says so.
 *
 * <p>{@link #commit()} also brings the {@link io.tierbench.api.model.PurchaseFacts} of every customer the transaction
 * touched up to date, in the same database transaction.
 *
 * @since 1.0
 */
@ProviderType
public interface RepositoryTransaction extends AutoCloseable {

    /** @return what the upsert did to the stored customer */
    UpsertOutcome upsert(Customer customer);

    /**
     * @return what the upsert did to the stored order
     * @throws UnknownCustomerException when the order's customer is neither stored nor written in this transaction
     */
    UpsertOutcome upsert(Order order);

    /**
     * @return what the upsert did to the stored interaction
     * @throws UnknownCustomerException when the interaction's customer is unknown
     */
    UpsertOutcome upsert(Interaction interaction);

    /**
     * @param externalId a customer's id
     * @return whether the customer is stored or written in this transaction
     */
    boolean customerExists(String externalId);

    /** Stores everything written, and the purchase facts of the touched customers, atomically. */
    void commit();

    /** Discards everything not committed. Never throws for a transaction already committed. */
    @Override
    void close();
}
