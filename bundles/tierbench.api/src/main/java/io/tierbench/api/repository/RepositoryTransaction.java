package io.tierbench.api.repository;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.TagDefinition;
import io.tierbench.api.model.TierOverride;
import java.util.Collection;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A unit of writes that is stored whole or not at all. Upserts are keyed by external id: writing a record equal to
 * the stored one changes nothing and says so. Writes take batches, so an implementation can compare and store a
 * thousand rows per round trip.
 *
 * <p>{@link #commit()} also brings the {@link io.tierbench.api.model.PurchaseFacts} of every customer the transaction
 * touched up to date, in the same database transaction.
 *
 * @since 1.0
 */
@ProviderType
public interface RepositoryTransaction extends AutoCloseable {

    /**
     * @param customers customers with distinct external ids
     * @return what the upsert did to each, in the same order
     */
    List<UpsertOutcome> upsertCustomers(List<Customer> customers);

    /**
     * @param orders orders with distinct order ids
     * @return what the upsert did to each, in the same order
     * @throws UnknownCustomerException when an order's customer is neither stored nor written in this transaction;
     *         nothing of the batch is written then (check with {@link #customerExists(String)} first)
     */
    List<UpsertOutcome> upsertOrders(List<Order> orders);

    /**
     * @param interactions interactions with distinct ids
     * @return what the upsert did to each, in the same order
     * @throws UnknownCustomerException when an interaction's customer is unknown; nothing of the batch is written
     */
    List<UpsertOutcome> upsertInteractions(List<Interaction> interactions);

    /**
     * Adds tags to customers; a tag the customer already has from the same source is left as it is.
     *
     * @param tags tags of stored customers
     * @return {@link UpsertOutcome#INSERTED} or {@link UpsertOutcome#UNCHANGED} for each, in the same order
     * @throws UnknownCustomerException when a tag's customer is unknown; nothing of the batch is written
     * @since 1.1
     */
    List<UpsertOutcome> upsertTags(List<CustomerTag> tags);

    /**
     * Makes a customer's tags from one source exactly the given ones, as when a WeCom contact is read again after a
     * tag was taken off in WeCom. Tags of other sources are not touched.
     *
     * @param customerId a stored customer
     * @param source the source whose tags are replaced
     * @param tags the customer's tags from that source, all of that customer and source; may be empty
     * @return {@link UpsertOutcome#INSERTED} when the customer had no tags of the source and now has some,
     *         {@link UpsertOutcome#UNCHANGED} when the set is the same, else {@link UpsertOutcome#UPDATED}
     * @throws UnknownCustomerException when the customer is unknown
     * @since 1.1
     */
    UpsertOutcome replaceTags(String customerId, String source, List<CustomerTag> tags);

    /**
     * Makes the tags from one source of many customers exactly the given ones, as {@link #replaceTags(String, String,
     * List)} does for one, in batches: the tier policy replaces every customer's rule tags at every run this way.
     *
     * @param source the source whose tags are replaced
     * @param customerIds stored customers, distinct; a customer listed without tags loses every tag of the source
     * @param tags the tags of those customers from that source, each of a listed customer
     * @return per customer, in the order of {@code customerIds}, what {@link #replaceTags(String, String, List)}
     *         would return
     * @throws UnknownCustomerException when a customer is unknown; nothing of the call is written
     * @throws IllegalArgumentException when a tag is of another source or of a customer not listed
     * @since 1.2
     */
    List<UpsertOutcome> replaceTags(String source, Collection<String> customerIds, List<CustomerTag> tags);

    /**
     * Sets a customer's manual tier override, replacing any earlier one of the customer.
     *
     * @param override the override of a stored customer
     * @return {@link UpsertOutcome#INSERTED} for a customer without an override, {@link UpsertOutcome#UNCHANGED}
     *         when the same tier, reason, author and expiry were stored already, else {@link UpsertOutcome#UPDATED}
     * @throws UnknownCustomerException when the customer is unknown
     * @since 1.2
     */
    UpsertOutcome setTierOverride(TierOverride override);

    /**
     * @param customerId a customer's external id
     * @return whether the customer had an override, now removed
     * @since 1.2
     */
    boolean clearTierOverride(String customerId);

    /**
     * Stores an outside system's tag definitions, keyed by source and tag id.
     *
     * @param definitions definitions with distinct (source, tag id)
     * @return what the upsert did to each, in the same order
     * @since 1.1
     */
    List<UpsertOutcome> upsertTagDefinitions(List<TagDefinition> definitions);

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
