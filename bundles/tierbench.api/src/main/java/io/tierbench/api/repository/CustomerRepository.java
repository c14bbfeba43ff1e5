package io.tierbench.api.repository;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.api.model.TagDefinition;
import io.tierbench.api.model.TierOverride;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The store of customers, orders and interactions, and of each customer's {@link PurchaseFacts}, which it keeps up
 * to date at every write so that a classification run reads one row per customer instead of every order.
 *
 * <p>Reads stream: no method loads every order into memory. Writes go through a {@link RepositoryTransaction},
 * which applies all or nothing.
 *
 * @since 1.0
 */
@ProviderType
public interface CustomerRepository {

    /**
     * Opens a write transaction. Close it without {@link RepositoryTransaction#commit()} to discard everything it
     * wrote.
     *
     * @return a new transaction, to be used by one thread and closed
     * @throws RepositoryException when the store cannot be reached
     */
    RepositoryTransaction begin();

    /** @return the number of customers stored */
    long countCustomers();

    /** @return the number of orders stored, refunds and cancellations included */
    long countOrders();

    /** @return the number of interactions stored */
    long countInteractions();

    /**
     * @param externalId the customer's id
     * @return the customer, or empty when unknown
     */
    Optional<Customer> findCustomer(String externalId);

    /** @param visitor called for every customer, in external-id order */
    void forEachCustomer(Consumer<Customer> visitor);

    /**
     * Streams orders up to and including a date, ordered by customer id and then time.
     *
     * @param upTo last day included; {@code null} for all
     * @param visitor called for each order, on the calling thread
     */
    void forEachOrder(LocalDate upTo, Consumer<Order> visitor);

    /**
     * @param customerId a customer's external id
     * @param visitor called for each of the customer's orders, in time order
     */
    void forEachOrderOf(String customerId, Consumer<Order> visitor);

    /**
     * Streams interactions up to and including a date.
     *
     * @param upTo last day included; {@code null} for all
     * @param visitor called for each interaction, in interaction-id order, on the calling thread
     * @since 1.1
     */
    void forEachInteraction(LocalDate upTo, Consumer<Interaction> visitor);

    /**
     * @param customerId a customer's external id
     * @param visitor called for each of the customer's interactions, in time order
     */
    void forEachInteractionOf(String customerId, Consumer<Interaction> visitor);

    /**
     * Streams every customer's purchase facts over a window, one per customer (customers without purchases in the
     * window included, with empty facts), in external-id order.
     *
     * <p>When the window covers every stored purchase ({@code from == null} and {@code upTo} not before
     * {@link #latestPurchaseDate()}), the facts kept up to date at import are read: the cost grows with the number
     * of customers. Any other window is computed by streaming the orders once.
     *
     * @param from first day included; {@code null} for all history
     * @param upTo last day included; {@code null} for no limit
     * @param visitor called once per customer
     */
    void forEachPurchaseFacts(LocalDate from, LocalDate upTo, Consumer<PurchaseFacts> visitor);

    /** @return the date of the latest stored order that counts as a purchase, or empty when there is none */
    Optional<LocalDate> latestPurchaseDate();

    /** @return the number of customer tags stored, of every source
     * @since 1.1 */
    long countTags();

    /**
     * @param customerId a customer's external id
     * @return the customer's tags of every source, ordered by source, group and name
     * @since 1.1
     */
    List<CustomerTag> tagsOf(String customerId);

    /**
     * @param visitor called for every tag of every customer, ordered by customer id, source, group and name
     * @since 1.1
     */
    void forEachTag(Consumer<CustomerTag> visitor);

    /**
     * @param source the outside system, e.g. {@link CustomerTag#WECOM}
     * @return its stored tag definitions, ordered by group name and tag name
     * @since 1.1
     */
    List<TagDefinition> tagDefinitions(String source);

    /**
     * @return every stored manual tier override, expired ones included, ordered by customer id
     * @since 1.2
     */
    List<TierOverride> tierOverrides();

    /**
     * One page of customers matching a query, with their purchase facts and the number of matches, for a customer
     * table. Implementations answer from indexes: a page costs about the same on the first page and the last, and
     * with a hundred thousand customers as with a hundred.
     *
     * <p>The default implementation throws: a store that keeps labels elsewhere cannot filter by them.
     *
     * @param query filters, order and page
     * @return the page; empty past the last page
     * @throws UnsupportedOperationException when this repository cannot page customers
     * @since 1.3
     */
    default CustomerPage customers(CustomerQuery query) {
        throw new UnsupportedOperationException(getClass().getName() + " cannot page customers");
    }
}
