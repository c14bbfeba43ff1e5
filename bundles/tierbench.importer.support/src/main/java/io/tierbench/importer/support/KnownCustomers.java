package io.tierbench.importer.support;

import io.tierbench.api.repository.RepositoryTransaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Asks the transaction whether a customer exists, remembering recent answers: order files usually list a customer's
 * orders together, and an import of orders writes no customers but those it is told to create, so an answer holds for the whole run.
 */
final class KnownCustomers {

    private static final int REMEMBERED = 10_000;

    private final RepositoryTransaction transaction;
    private final Map<String, Boolean> recentAnswers = new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    KnownCustomers(RepositoryTransaction transaction) {
        this.transaction = transaction;
    }

    /** Records that a customer exists now, written in this transaction. */
    void remember(String externalId) {
        recentAnswers.put(externalId, Boolean.TRUE);
    }

    boolean exists(String externalId) {
        Boolean known = recentAnswers.get(externalId);
        if (known == null) {
            known = transaction.customerExists(externalId);
            recentAnswers.put(externalId, known);
        }
        return known;
    }
}
