package io.tierbench.repository.h2.internal;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.TagDefinition;
import io.tierbench.api.model.TierOverride;
import io.tierbench.api.repository.RepositoryException;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.api.repository.UnknownCustomerException;
import io.tierbench.api.repository.UpsertOutcome;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One database transaction on a connection of its own. Each upsert call runs inside a savepoint, so a call that
 * fails leaves nothing of itself behind and the transaction stays usable; {@link #commit()} refreshes the purchase
 * facts of the customers whose orders changed and commits everything at once.
 */
final class H2RepositoryTransaction implements RepositoryTransaction {

    private enum State { OPEN, COMMITTED, FAILED, CLOSED }

    private static final Logger LOG = LoggerFactory.getLogger(H2RepositoryTransaction.class);

    private final Connection connection;
    private final int batchSize;
    private final int pageSize;
    private final BatchUpserter<Customer> customers;
    private final BatchUpserter<Order> orders;
    private final BatchUpserter<Interaction> interactions;
    private final CustomerTagWriter tags;
    private final KnownCustomers knownCustomers;
    /** Customers whose orders this transaction inserted, changed or moved away: their facts are recomputed. */
    private final Set<String> factsToRecompute = new HashSet<>();
    private State state = State.OPEN;

    H2RepositoryTransaction(Connection connection, int batchSize, int pageSize) throws SQLException {
        connection.setAutoCommit(false);
        this.connection = connection;
        this.batchSize = batchSize;
        this.pageSize = pageSize;
        this.customers = new BatchUpserter<>(connection, CustomerMapping.INSTANCE, batchSize);
        this.orders = new BatchUpserter<>(connection, OrderMapping.INSTANCE, batchSize);
        this.interactions = new BatchUpserter<>(connection, InteractionMapping.INSTANCE, batchSize);
        this.tags = new CustomerTagWriter(connection, batchSize);
        this.knownCustomers = new KnownCustomers(connection, pageSize);
    }

    @Override
    public List<UpsertOutcome> upsertCustomers(List<Customer> rows) {
        BatchUpserter.Result<Customer> result = inSavepoint("upsert customers", () -> customers.upsert(rows));
        result.changes().forEach(change -> knownCustomers.add(change.current().externalId()));
        return result.outcomes();
    }

    @Override
    public List<UpsertOutcome> upsertOrders(List<Order> rows) {
        requireOpen("upsert orders");
        rows.forEach(order -> requireCustomer(order.customerId()));
        BatchUpserter.Result<Order> result = inSavepoint("upsert orders", () -> orders.upsert(rows));
        for (BatchUpserter.Change<Order> change : result.changes()) {
            factsToRecompute.add(change.current().customerId());
            if (change.previous() != null) {
                factsToRecompute.add(change.previous().customerId());
            }
        }
        return result.outcomes();
    }

    @Override
    public List<UpsertOutcome> upsertInteractions(List<Interaction> rows) {
        requireOpen("upsert interactions");
        rows.forEach(interaction -> requireCustomer(interaction.customerId()));
        return inSavepoint("upsert interactions", () -> interactions.upsert(rows)).outcomes();
    }

    @Override
    public List<UpsertOutcome> upsertTags(List<CustomerTag> rows) {
        requireOpen("upsert tags");
        rows.forEach(tag -> requireCustomer(tag.customerId()));
        return inSavepoint("upsert tags", () -> tags.upsert(rows));
    }

    @Override
    public UpsertOutcome replaceTags(String customerId, String source, List<CustomerTag> rows) {
        requireOpen("replace tags");
        requireCustomer(customerId);
        return inSavepoint("replace the " + source + " tags of " + customerId,
                () -> tags.replace(customerId, source, rows));
    }

    @Override
    public List<UpsertOutcome> replaceTags(String source, Collection<String> customerIds, List<CustomerTag> rows) {
        requireOpen("replace tags");
        customerIds.forEach(this::requireCustomer);
        return inSavepoint("replace the " + source + " tags of " + customerIds.size() + " customers",
                () -> tags.replace(source, List.copyOf(customerIds), rows));
    }

    @Override
    public UpsertOutcome setTierOverride(TierOverride override) {
        requireOpen("set a tier override");
        requireCustomer(override.customerId());
        return inSavepoint("set the tier override of " + override.customerId(),
                () -> TierOverrideRows.set(connection, override));
    }

    @Override
    public boolean clearTierOverride(String customerId) {
        return inSavepoint("clear the tier override of " + customerId,
                () -> TierOverrideRows.clear(connection, customerId));
    }

    @Override
    public List<UpsertOutcome> upsertTagDefinitions(List<TagDefinition> definitions) {
        return inSavepoint("upsert tag definitions",
                () -> TagDefinitionRows.upsert(connection, definitions, batchSize));
    }

    @Override
    public boolean customerExists(String externalId) {
        requireOpen("customerExists");
        try {
            return knownCustomers.contains(externalId);
        } catch (SQLException e) {
            throw new RepositoryException("customerExists: cannot load the stored customer ids: " + e.getMessage(), e);
        }
    }

    @Override
    public void commit() {
        requireOpen("commit");
        try {
            long start = System.nanoTime();
            int recomputed = new PurchaseFactsWriter(connection, batchSize, pageSize).recompute(factsToRecompute);
            long factsDone = System.nanoTime();
            connection.commit();
            state = State.COMMITTED;
            LOG.debug("Committed: purchase facts of {} customers recomputed in {} ms, database commit {} ms",
                    recomputed, (factsDone - start) / 1_000_000, (System.nanoTime() - factsDone) / 1_000_000);
        } catch (SQLException | RuntimeException e) {
            Transactions.rollback(connection, e);
            state = State.FAILED;
            throw new RepositoryException("commit failed, nothing of the transaction was stored: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (state == State.CLOSED) {
            return;
        }
        boolean committed = state == State.COMMITTED;
        state = State.CLOSED;
        try (connection) {
            if (!committed) {
                connection.rollback();
            }
        } catch (SQLException e) {
            if (!committed) {
                throw new RepositoryException("close: rolling back the transaction failed: " + e.getMessage(), e);
            }
            LOG.warn("Closing the connection of a committed transaction failed", e);
        }
    }

    private void requireCustomer(String customerId) {
        if (!customerExists(customerId)) {
            throw new UnknownCustomerException(customerId);
        }
    }

    private void requireOpen(String operation) {
        if (state != State.OPEN) {
            throw new IllegalStateException(operation + ": the transaction is " + state.name().toLowerCase());
        }
    }

    /** Runs one upsert call inside a savepoint and rolls back to it when the call fails. */
    private <R> R inSavepoint(String operation, SqlCall<R> call) {
        requireOpen(operation);
        Savepoint savepoint = null;
        try {
            savepoint = connection.setSavepoint();
            R result = call.run();
            connection.releaseSavepoint(savepoint);
            return result;
        } catch (SQLException e) {
            rollbackTo(savepoint, e);
            throw new RepositoryException(operation + " failed, nothing of the call was written: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            rollbackTo(savepoint, e);
            throw e;
        }
    }

    private void rollbackTo(Savepoint savepoint, Exception failure) {
        if (savepoint == null) {
            return;
        }
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            // The call's writes may be half there, so nothing of the transaction may be committed any more.
            state = State.FAILED;
            failure.addSuppressed(e);
        }
    }

    @FunctionalInterface
    private interface SqlCall<R> {
        R run() throws SQLException;
    }
}
