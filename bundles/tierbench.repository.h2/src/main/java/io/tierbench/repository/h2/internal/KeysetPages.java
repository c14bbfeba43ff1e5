package io.tierbench.repository.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

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

    /**
     * Pages by a key of several columns, compared as one row value.
     *
     * @param query the query and its key
     * @param filterParameters the parameters of the query's filter
     */
    static void forEachRow(Connection connection, KeysetQuery query, int pageSize, RowVisitor visitor,
            Object... filterParameters) throws SQLException {
        try (PreparedStatement first = connection.prepareStatement(query.firstPageSql());
                PreparedStatement next = connection.prepareStatement(query.nextPageSql())) {
            Object[] lastKey = readPage(first, filterParameters, null, pageSize, query.keyColumns(), visitor);
            while (lastKey != null) {
                lastKey = readPage(next, filterParameters, lastKey, pageSize, query.keyColumns(), visitor);
            }
        }
    }

    /** @return the key of the page's last row when the page was full, else {@code null}: there is no next page */
    private static Object[] readPage(PreparedStatement select, Object[] filterParameters, Object[] after,
            int pageSize, List<String> keyColumns, RowVisitor visitor) throws SQLException {
        int index = 1;
        for (Object parameter : filterParameters) {
            select.setObject(index++, parameter);
        }
        for (int i = 0; after != null && i < after.length; i++) {
            select.setObject(index++, after[i]);
        }
        select.setInt(index, pageSize);
        Object[] lastKey = new Object[keyColumns.size()];
        int rows = 0;
        try (ResultSet page = select.executeQuery()) {
            int[] keyIndexes = new int[keyColumns.size()];
            for (int i = 0; i < keyIndexes.length; i++) {
                keyIndexes[i] = page.findColumn(keyColumns.get(i));
            }
            while (page.next()) {
                for (int i = 0; i < keyIndexes.length; i++) {
                    lastKey[i] = page.getObject(keyIndexes[i]);
                }
                visitor.visit(page);
                rows++;
            }
        }
        return rows == pageSize ? lastKey : null;
    }
}
