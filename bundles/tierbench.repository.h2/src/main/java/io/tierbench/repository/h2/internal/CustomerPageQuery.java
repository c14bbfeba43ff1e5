package io.tierbench.repository.h2.internal;

import io.tierbench.api.model.Customer;
import io.tierbench.api.repository.CustomerPage;
import io.tierbench.api.repository.CustomerQuery;
import io.tierbench.api.repository.LabelCriterion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One page of the customer table in two statements: the page (LIMIT/OFFSET) and the number of matches (COUNT).
 * Label and tag criteria are {@code IN (SELECT ...)} on the indexes {@code classifications_label} and
 * {@code customer_tags_name}: H2 then reads only the matching customers by primary key. (As an inner join next to
 * the outer join of the purchase facts, the label made H2 scan every customer: 3 s instead of milliseconds on
 * 100 000 customers.) A tag may come from several sources; the {@code IN} still lists the customer once.
 */
final class CustomerPageQuery {

    /** The customer's columns, then its purchase facts' from {@link #FACTS_FIRST} on. */
    static final String SELECT_COLUMNS = prefixed("c.", CustomerMapping.INSTANCE.selectColumns()) + ", "
            + prefixed("f.", PurchaseFactsRows.VALUE_COLUMNS);
    private static final String SELECT = "SELECT " + SELECT_COLUMNS;
    static final int FACTS_FIRST = CustomerMapping.INSTANCE.selectColumns().split(",").length + 1;

    private final CustomerQuery query;
    private final StringBuilder from = new StringBuilder(" FROM customers c");
    private final StringBuilder where = new StringBuilder(" WHERE TRUE");
    private final List<Object> parameters = new ArrayList<>();

    CustomerPageQuery(CustomerQuery query) {
        this.query = query;
        addLabels();
        addTag();
        addText();
    }

    CustomerPage run(Connection connection) throws SQLException {
        if (LabelIdPage.serves(query)) {
            return LabelIdPage.run(connection, query);
        }
        List<CustomerPage.Entry> entries = new ArrayList<>(query.size());
        try (PreparedStatement select = prepare(connection, SELECT + from
                + " LEFT JOIN purchase_facts f ON f.customer_id = c.external_id" + where + orderBy()
                + " LIMIT ? OFFSET ?", query.size(), query.offset());
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Customer customer = CustomerMapping.INSTANCE.read(rows);
                entries.add(new CustomerPage.Entry(customer,
                        PurchaseFactsRows.read(rows, customer.externalId(), FACTS_FIRST)));
            }
        }
        return new CustomerPage(entries, count(connection), query.page(), query.size());
    }

    /** @return the page statement, for tests that check its plan */
    String pageSql() {
        return SELECT + from + " LEFT JOIN purchase_facts f ON f.customer_id = c.external_id" + where + orderBy()
                + " LIMIT ? OFFSET ?";
    }

    private long count(Connection connection) throws SQLException {
        try (PreparedStatement select = prepare(connection, "SELECT COUNT(*)" + from + where);
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private PreparedStatement prepare(Connection connection, String sql, Object... more) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            int index = 1;
            for (Object parameter : parameters) {
                statement.setObject(index++, parameter);
            }
            for (Object parameter : more) {
                statement.setObject(index++, parameter);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private void addLabels() {
        for (LabelCriterion label : query.labels()) {
            where.append(" AND c.external_id IN (SELECT l.customer_id FROM classifications l WHERE l.run_id = ? AND "
                    + "l.classifier_id = ? AND l.scheme = ? AND l.label_key = ?)");
            parameters.addAll(List.of(query.runId(), label.classifierId(), label.scheme(), label.labelKey()));
        }
    }

    private void addTag() {
        if (query.tag() == null) {
            return;
        }
        String tag = query.tag();
        int slash = tag.indexOf('/');
        where.append(" AND c.external_id IN (SELECT t.customer_id FROM customer_tags t WHERE t.tag_name = ?");
        parameters.add(tag);
        if (slash > 0 && slash < tag.length() - 1) {
            where.append(" OR (t.tag_group = ? AND t.tag_name = ?)");
            parameters.add(tag.substring(0, slash));
            parameters.add(tag.substring(slash + 1));
        }
        where.append(")");
    }

    private void addText() {
        if (query.text() == null) {
            return;
        }
        String pattern = "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%";
        where.append(" AND (LOWER(c.external_id) LIKE ? ESCAPE '\\' OR LOWER(c.city) LIKE ? ESCAPE '\\'");
        parameters.add(pattern);
        parameters.add(pattern);
        if (query.textOnPersonalData()) {
            where.append(" OR LOWER(c.name) LIKE ? ESCAPE '\\' OR c.phone LIKE ? ESCAPE '\\'");
            parameters.add(pattern);
            parameters.add(pattern);
        }
        where.append(")");
    }

    private String orderBy() {
        String direction = query.descending() ? " DESC" : " ASC";
        return switch (query.sort()) {
            case ID -> " ORDER BY c.external_id" + direction;
            case NAME -> " ORDER BY c.name" + direction + " NULLS LAST, c.external_id";
            case TOTAL_SPEND -> " ORDER BY COALESCE(f.total_spend, 0)" + direction + ", c.external_id";
            case LAST_PURCHASE -> " ORDER BY f.last_purchase" + direction + " NULLS LAST, c.external_id";
        };
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String prefixed(String prefix, String columns) {
        StringBuilder prefixedColumns = new StringBuilder();
        for (String column : columns.split(",")) {
            prefixedColumns.append(prefixedColumns.length() == 0 ? "" : ", ").append(prefix).append(column.strip());
        }
        return prefixedColumns.toString();
    }
}
