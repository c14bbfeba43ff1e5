package io.tierbench.repository.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads a large result page by page, each page starting after the key the previous one ended with. H2 collects a
 * query's whole result before returning the first row (its lazy mode lost data pages under concurrent writes in
 * H2 2.3), so a query over millions of rows would build a temporary copy of them; bounded pages keep memory flat.
 */
final class KeysetPages {

    /** Called for each row, while the page is open. */
    @FunctionalInterface
    interface RowVisitor {
        void visit(ResultSet row) throws SQLException;
    }

    private KeysetPages() {
    }

    /**
     * @param sql a query ordered by its first column, the key, with the key to start after as its first parameter
     *        and the page size as its last ({@code ... WHERE key > ? ... ORDER BY key LIMIT ?})
     * @param startAfter a key smaller than every key
     * @param parameters the parameters between the first and the last
     */
    static void forEachRow(Connection connection, String sql, Object startAfter, int pageSize, RowVisitor visitor,
            Object... parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 2, parameters[i]);
            }
            select.setInt(parameters.length + 2, pageSize);
            Object lastKey = startAfter;
            int rows;
            do {
                select.setObject(1, lastKey);
                rows = 0;
                try (ResultSet page = select.executeQuery()) {
                    while (page.next()) {
                        lastKey = page.getObject(1);
                        visitor.visit(page);
                        rows++;
                    }
                }
            } while (rows == pageSize);
        }
    }
}
