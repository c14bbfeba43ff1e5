package io.tierbench.repository.h2.internal;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.api.model.TagDefinition;
import io.tierbench.api.model.TierOverride;
import io.tierbench.api.repository.CustomerPage;
import io.tierbench.api.repository.CustomerQuery;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RepositoryException;
import io.tierbench.api.repository.RepositoryTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Customers, orders, interactions, tags and tier overrides in the H2 database; reads stream, writes go through transactions. */
@Component(service = CustomerRepository.class)
public final class H2CustomerRepository implements CustomerRepository {

    private static final String SELECT_CUSTOMERS = "SELECT " + CustomerMapping.INSTANCE.selectColumns()
            + " FROM customers";
    private static final String SELECT_ORDERS = "SELECT " + OrderMapping.INSTANCE.selectColumns() + " FROM orders";
    private static final String SELECT_INTERACTIONS = "SELECT " + InteractionMapping.INSTANCE.selectColumns()
            + " FROM interactions";

    private final H2Database database;
    private final PurchaseFactsReader factsReader;

    @Activate
    public H2CustomerRepository(@Reference(name = "database") H2Database database) {
        this.database = database;
        this.factsReader = new PurchaseFactsReader(database);
    }

    @Override
    public RepositoryTransaction begin() {
        Connection connection = database.connect("begin a transaction");
        try {
            return new H2RepositoryTransaction(connection, database.batchSize(), database.pageSize());
        } catch (SQLException | RuntimeException e) {
            closeAfterFailure(connection, e);
            throw new RepositoryException("begin a transaction: " + e.getMessage(), e);
        }
    }

    @Override
    public long countCustomers() {
        return count("customers");
    }

    @Override
    public long countOrders() {
        return count("orders");
    }

    @Override
    public long countInteractions() {
        return count("interactions");
    }

    @Override
    public Optional<Customer> findCustomer(String externalId) {
        return database.read("findCustomer(" + externalId + ")", connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT_CUSTOMERS + " WHERE external_id = ?")) {
                select.setString(1, externalId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(CustomerMapping.INSTANCE.read(rows)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void forEachCustomer(Consumer<Customer> visitor) {
        database.read("forEachCustomer", connection -> {
            KeysetPages.forEachRow(connection, SELECT_CUSTOMERS + " WHERE external_id > ? ORDER BY external_id LIMIT ?",
                    "", database.pageSize(), row -> visitor.accept(CustomerMapping.INSTANCE.read(row)));
            return null;
        });
    }

    @Override
    public void forEachOrder(LocalDate upTo, Consumer<Order> visitor) {
        database.read("forEachOrder(" + upTo + ")", connection -> {
            new OrderStream(connection, database.batchSize()).forEach(upTo, visitor);
            return null;
        });
    }

    @Override
    public void forEachOrderOf(String customerId, Consumer<Order> visitor) {
        stream("forEachOrderOf(" + customerId + ")",
                SELECT_ORDERS + " WHERE customer_id = ? ORDER BY ordered_at, order_id", OrderMapping.INSTANCE,
                visitor, customerId);
    }

    @Override
    public void forEachInteraction(LocalDate upTo, Consumer<Interaction> visitor) {
        // Paged by id: interactions are few next to orders, and no caller needs them grouped by customer.
        LocalDateTime end = (upTo == null ? LocalDate.of(9999, 12, 30) : upTo).plusDays(1).atStartOfDay();
        database.read("forEachInteraction(" + upTo + ")", connection -> {
            KeysetPages.forEachRow(connection, SELECT_INTERACTIONS
                    + " WHERE interaction_id > ? AND occurred_at < ? ORDER BY interaction_id LIMIT ?", "",
                    database.pageSize(), row -> visitor.accept(InteractionMapping.INSTANCE.read(row)),
                    Timestamp.valueOf(end));
            return null;
        });
    }

    @Override
    public void forEachInteractionOf(String customerId, Consumer<Interaction> visitor) {
        stream("forEachInteractionOf(" + customerId + ")",
                SELECT_INTERACTIONS + " WHERE customer_id = ? ORDER BY occurred_at, interaction_id",
                InteractionMapping.INSTANCE, visitor, customerId);
    }

    @Override
    public void forEachPurchaseFacts(LocalDate from, LocalDate upTo, Consumer<PurchaseFacts> visitor) {
        factsReader.forEach(from, upTo, visitor);
    }

    @Override
    public Optional<LocalDate> latestPurchaseDate() {
        return factsReader.latestPurchaseDate();
    }

    @Override
    public long countTags() {
        return count("customer_tags");
    }

    @Override
    public List<CustomerTag> tagsOf(String customerId) {
        return database.read("tagsOf(" + customerId + ")", connection -> CustomerTagRows.ofCustomer(connection,
                customerId));
    }

    @Override
    public void forEachTag(Consumer<CustomerTag> visitor) {
        database.read("forEachTag", connection -> {
            CustomerTagRows.forEach(connection, database.pageSize(), visitor);
            return null;
        });
    }

    @Override
    public List<TagDefinition> tagDefinitions(String source) {
        return database.read("tagDefinitions(" + source + ")", connection -> TagDefinitionRows.ofSource(connection,
                source));
    }

    @Override
    public List<TierOverride> tierOverrides() {
        return database.read("tierOverrides", TierOverrideRows::all);
    }

    @Override
    public CustomerPage customers(CustomerQuery query) {
        return database.read("customers(" + query + ")", new CustomerPageQuery(query)::run);
    }

    private long count(String table) {
        return database.read("count " + table, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                    ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** Streams the rows of a query with one parameter, small enough to collect, to the visitor. */
    private <T> void stream(String operation, String sql, TableMapping<T> mapping, Consumer<T> visitor,
            Object parameter) {
        database.read(operation, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setObject(1, parameter);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        visitor.accept(mapping.read(rows));
                    }
                }
            }
            return null;
        });
    }

    private static void closeAfterFailure(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
