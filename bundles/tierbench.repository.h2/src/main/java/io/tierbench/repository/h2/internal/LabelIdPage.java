package io.tierbench.repository.h2.internal;

import io.tierbench.api.repository.CustomerPage;
import io.tierbench.api.repository.CustomerQuery;
import io.tierbench.api.repository.CustomerSort;
import io.tierbench.api.repository.LabelCriterion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer table's most common page, one label by id, read from the index {@code classifications_label} alone:
 * the page's ids come in index order (no sort, no lookup of the other customers with the label), the count is a
 * range of that index, and only the page's customers are then read. The general {@link CustomerPageQuery} would
 * walk the primary key and check the label of every customer it passes.
 *
 * <p>Customers are never deleted, so every labelled customer exists and the index range counts them exactly.
 */
final class LabelIdPage {

    private static final String WHERE = " FROM classifications WHERE label_key = ? AND run_id = ? "
            + "AND classifier_id = ? AND scheme = ?";

    private LabelIdPage() {
    }

    /** @return whether the query is one label, no tag, no text, by id */
    static boolean serves(CustomerQuery query) {
        return query.labels().size() == 1 && query.tag() == null && query.text() == null
                && query.sort() == CustomerSort.ID;
    }

    /** @return the page's ids in index order, for tests that check its plan */
    static String idsSql(boolean descending) {
        // Every key column in the same direction (the first four are fixed anyway), so H2 walks the index backward.
        String direction = descending ? " DESC" : "";
        return "SELECT customer_id" + WHERE + " ORDER BY label_key" + direction + ", run_id" + direction
                + ", classifier_id" + direction + ", scheme" + direction + ", customer_id" + direction
                + " LIMIT ? OFFSET ?";
    }

    static CustomerPage run(Connection connection, CustomerQuery query) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = bind(connection.prepareStatement(idsSql(query.descending())), query)) {
            select.setInt(5, query.size());
            select.setLong(6, query.offset());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return new CustomerPage(CustomerPageQuery.entries(connection, ids), count(connection, query), query.page(),
                query.size());
    }

    private static long count(Connection connection, CustomerQuery query) throws SQLException {
        try (PreparedStatement select = bind(connection.prepareStatement("SELECT COUNT(*)" + WHERE), query);
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static PreparedStatement bind(PreparedStatement statement, CustomerQuery query) throws SQLException {
        LabelCriterion label = query.labels().get(0);
        statement.setString(1, label.labelKey());
        statement.setLong(2, query.runId());
        statement.setString(3, label.classifierId());
        statement.setString(4, label.scheme());
        return statement;
    }
}
