package io.tierbench.repository.h2.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** Rollback that keeps the original failure as the one reported. */
final class Transactions {

    private Transactions() {
    }

    /**
     * Rolls back after a failure; a failing rollback is attached to the failure, which is what the caller throws.
     */
    static void rollback(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
