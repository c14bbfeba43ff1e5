package io.tierbench.repository.h2.internal;

import java.util.Collections;
import java.util.List;

/**
 * A query read page by page with {@link KeysetPages}, by a key of several columns: each page after the first starts
 * after the previous page's last key, compared as one row value ({@code (k1, k2) > (?, ?)}), which H2 turns into an
 * index range on the first key column.
 *
 * @param select {@code SELECT ... FROM table}, selecting the key columns by their plain names
 * @param filter a condition on the query's parameters, or {@code null} for none
 * @param keyColumns the key, in order; unique per row and never {@code NULL}
 * @param orderBy the key columns, preceded by any index column the filter fixes to one value: H2 reads an index in
 *        order, and stops after one page, only when the ORDER BY starts with the index's leading columns; otherwise
 *        it sorts everything after the key on every page
 */
record KeysetQuery(String select, String filter, List<String> keyColumns, String orderBy) {

    KeysetQuery {
        keyColumns = List.copyOf(keyColumns);
    }

    /** @return the query of the first page: the filter's parameters, then the page size */
    String firstPageSql() {
        return select + (filter == null ? "" : " WHERE " + filter) + tail();
    }

    /** @return the query of the next pages: the filter's parameters, the last key, then the page size */
    String nextPageSql() {
        String after = "(" + String.join(", ", keyColumns) + ") > ("
                + String.join(", ", Collections.nCopies(keyColumns.size(), "?")) + ")";
        return select + " WHERE " + (filter == null ? "" : filter + " AND ") + after + tail();
    }

    private String tail() {
        return " ORDER BY " + orderBy + " LIMIT ?";
    }
}
