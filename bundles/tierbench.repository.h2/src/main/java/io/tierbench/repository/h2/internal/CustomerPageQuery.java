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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One page of the customer table: the number of matches (COUNT), the page's ids, then the page's customers with
 * their facts by id. The ids come one of two ways, whichever reads fewer rows:
 *
 * <ul>
 * <li>{@link Plan#SORT_INDEX}: walk the index of the sort ({@code customers_spend_descending} and the like, see V5;
 * the primary key for the id) in order, check each customer's filters on the way (labels and tags as {@code EXISTS}
 * on their indexes, text on the row) and stop after the page: about {@code (offset + size) x customers / matches}
 * rows, so best when the matches are many or the page is early;
 * <li>{@link Plan#FILTER_INDEX}: read the customers a filter's own index names (the first label, else the tag, else
 * the customers the text matches, found by one scan), check the other filters, sort them and cut the page: as many
 * rows as that filter names, so best for a rare label or text, where walking the sort index would pass most of the
 * table before it found a page.
 * </ul>
 * Joining the facts in the same statement would make H2 sort every match, since it carries no index order through a
 * join; the sort values are therefore kept on the customers (V5) and the facts read only for the page.
 *
 * <p>One label by id, the workbench's default, is {@link LabelIdPage}'s: read from the label index alone.
 */
final class CustomerPageQuery {

    /** Which rows the page's ids are found from. */
    enum Plan {
        SORT_INDEX,
        FILTER_INDEX
    }

    /** The customer's columns, then its purchase facts' from {@link #FACTS_FIRST} on. */
    static final String SELECT_COLUMNS = prefixed("c.", CustomerMapping.INSTANCE.selectColumns()) + ", "
            + prefixed("f.", PurchaseFactsRows.VALUE_COLUMNS);
    static final int FACTS_FIRST = CustomerMapping.INSTANCE.selectColumns().split(",").length + 1;

    private static final String SELECT_ENTRIES = "SELECT " + SELECT_COLUMNS
            + " FROM customers c LEFT JOIN purchase_facts f ON f.customer_id = c.external_id "
            + "WHERE c.external_id = ANY(?)";
    private static final String LABEL_ROWS = " FROM classifications l WHERE l.label_key = ? AND l.run_id = ? "
            + "AND l.classifier_id = ? AND l.scheme = ?";
    private static final String TAG_ROWS = " FROM customer_tags t WHERE (t.tag_name = ?";
    /**
     * How many rows of a filter's index may be read and sorted for each row of the sort index walked: a walked row
     * costs an index step and a lookup per filter, a filter row a primary key lookup and its share of the sort.
     */
    private static final int WALKED_ROWS_PER_FILTER_ROW = 2;
    /** How many rows of the sort index may be walked for each customer a text filter's scan reads. */
    private static final double WALKED_ROWS_PER_SCANNED_ROW = 0.25;

    private final CustomerQuery query;
    private final String[] tagParts;
    private final String textPattern;

    CustomerPageQuery(CustomerQuery query) {
        this.query = query;
        this.tagParts = tagParts(query.tag());
        this.textPattern = query.text() == null ? null
                : "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%";
    }

    CustomerPage run(Connection connection) throws SQLException {
        if (LabelIdPage.serves(query)) {
            return LabelIdPage.run(connection, query);
        }
        long total = count(connection);
        List<String> ids = query.offset() >= total ? List.of() : ids(connection, plan(connection, total));
        return new CustomerPage(entries(connection, ids), total, query.page(), query.size());
    }

    /** @return the plan that reads fewer rows for a query with {@code total} matches */
    Plan plan(Connection connection, long total) throws SQLException {
        if (!filtered()) {
            return Plan.SORT_INDEX;
        }
        // An estimate is all a plan needs; an exact COUNT(*) in the read's snapshot checks every row (about 20 ms).
        long customers = longValue(connection, "SELECT ROW_COUNT_ESTIMATE FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = 'CUSTOMERS'", List.of());
        double walked = (double) (query.offset() + query.size()) * customers / Math.max(1, total);
        double filterRows = query.labels().isEmpty() && query.tag() == null
                ? customers * WALKED_ROWS_PER_SCANNED_ROW
                : WALKED_ROWS_PER_FILTER_ROW * filterIndexRows(connection, total);
        return walked <= filterRows ? Plan.SORT_INDEX : Plan.FILTER_INDEX;
    }

    /** @return the statement of the page's ids under a plan, for tests that check its plan */
    String idsSql(Plan plan) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        boolean first = plan == Plan.FILTER_INDEX;
        for (int i = 0; i < query.labels().size(); i++) {
            where.append(first ? " AND c.external_id IN (SELECT l.customer_id" + LABEL_ROWS + ")"
                    : " AND EXISTS (SELECT 1" + LABEL_ROWS + " AND l.customer_id = c.external_id)");
            first = false;
        }
        if (query.tag() != null) {
            where.append(first ? " AND c.external_id IN (SELECT t.customer_id" + tagRows() + ")"
                    : " AND EXISTS (SELECT 1" + tagRows() + " AND t.customer_id = c.external_id)");
            first = false;
        }
        if (query.text() != null) {
            where.append(first ? " AND c.external_id IN (SELECT m.external_id FROM customers m WHERE "
                    + textMatch("m") + ")" : " AND " + textMatch("c"));
        }
        return "SELECT c.external_id FROM customers c" + where + orderBy() + " LIMIT ? OFFSET ?";
    }

    /** @return the parameters of {@link #idsSql} and of the count, the page's limit and offset left out */
    List<Object> parameters() {
        List<Object> parameters = new ArrayList<>();
        for (LabelCriterion label : query.labels()) {
            parameters.addAll(List.of(label.labelKey(), query.runId(), label.classifierId(), label.scheme()));
        }
        if (tagParts != null) {
            parameters.addAll(List.of(tagParts));
        }
        if (textPattern != null) {
            int matched = query.textOnPersonalData() ? 4 : 2;
            for (int i = 0; i < matched; i++) {
                parameters.add(textPattern);
            }
        }
        return parameters;
    }

    /** @return the page's customers with their facts, in the order of {@code ids} */
    static List<CustomerPage.Entry> entries(Connection connection, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, CustomerPage.Entry> byId = new LinkedHashMap<>();
        ids.forEach(id -> byId.put(id, null));
        try (PreparedStatement select = connection.prepareStatement(SELECT_ENTRIES)) {
            select.setObject(1, ids.toArray(new String[0]));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Customer customer = CustomerMapping.INSTANCE.read(rows);
                    byId.put(customer.externalId(), new CustomerPage.Entry(customer,
                            PurchaseFactsRows.read(rows, customer.externalId(), FACTS_FIRST)));
                }
            }
        }
        return byId.values().stream().filter(Objects::nonNull).toList();
    }

    /** @return the page's ids under a plan, for tests that check both plans answer the same */
    List<String> ids(Connection connection, Plan plan) throws SQLException {
        List<Object> parameters = new ArrayList<>(parameters());
        parameters.add(query.size());
        parameters.add(query.offset());
        List<String> ids = new ArrayList<>(query.size());
        try (PreparedStatement select = prepare(connection, idsSql(plan), parameters);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /**
     * Counts the matches: labels and tag as {@code IN} on their indexes, so that H2 starts from the first one's
     * index and looks up only the customers it names.
     */
    private long count(Connection connection) throws SQLException {
        if (!filtered()) {
            return countCustomers(connection);
        }
        if (query.labels().size() == 1 && query.tag() == null && query.text() == null) {
            // Customers are never deleted, so every customer the label names exists: its index range counts them.
            return longValue(connection, "SELECT COUNT(*)" + LABEL_ROWS, parameters());
        }
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        query.labels().forEach(label -> where.append(" AND c.external_id IN (SELECT l.customer_id" + LABEL_ROWS
                + ")"));
        if (query.tag() != null) {
            where.append(" AND c.external_id IN (SELECT t.customer_id").append(tagRows()).append(")");
        }
        if (query.text() != null) {
            where.append(" AND ").append(textMatch("c"));
        }
        return longValue(connection, "SELECT COUNT(*) FROM customers c" + where, parameters());
    }

    /**
     * @return the rows the first label's or else the tag's index names; {@code total} when that filter is the only
     *         one (every customer it names matches)
     */
    private long filterIndexRows(Connection connection, long total) throws SQLException {
        int filters = query.labels().size() + (query.tag() != null ? 1 : 0) + (query.text() != null ? 1 : 0);
        if (filters == 1) {
            return total;
        }
        if (!query.labels().isEmpty()) {
            List<Object> label = parameters().subList(0, 4);
            return longValue(connection, "SELECT COUNT(*)" + LABEL_ROWS, label);
        }
        return longValue(connection, "SELECT COUNT(*)" + tagRows(), List.of(tagParts));
    }

    private static long countCustomers(Connection connection) throws SQLException {
        return longValue(connection, "SELECT COUNT(*) FROM customers", List.of());
    }

    private boolean filtered() {
        return !query.labels().isEmpty() || query.tag() != null || query.text() != null;
    }

    private String tagRows() {
        return TAG_ROWS + (tagParts.length == 3 ? " OR (t.tag_group = ? AND t.tag_name = ?))" : ")");
    }

    /** @return the tag's name, and its group and name when it reads {@code group/name}; {@code null} for no tag */
    private static String[] tagParts(String tag) {
        if (tag == null) {
            return null;
        }
        int slash = tag.indexOf('/');
        return slash > 0 && slash < tag.length() - 1
                ? new String[] {tag, tag.substring(0, slash), tag.substring(slash + 1)} : new String[] {tag};
    }

    private String textMatch(String alias) {
        String like = " LIKE ? ESCAPE '\\'";
        return "(LOWER(" + alias + ".external_id)" + like + " OR LOWER(" + alias + ".city)" + like
                + (query.textOnPersonalData() ? " OR LOWER(" + alias + ".name)" + like + " OR " + alias + ".phone"
                        + like : "") + ")";
    }

    /**
     * @return the order, written exactly as the index that serves it (V5) so that H2 reads that index in order: ties
     *         by external id ascending in both directions, missing values last
     */
    private String orderBy() {
        String direction = query.descending() ? " DESC" : " ASC";
        return switch (query.sort()) {
            case ID -> " ORDER BY c.external_id" + direction;
            case NAME -> " ORDER BY c.name" + direction + " NULLS LAST, c.external_id";
            case TOTAL_SPEND -> " ORDER BY c.total_spend" + direction + ", c.external_id";
            case LAST_PURCHASE -> " ORDER BY c.last_purchase" + direction + " NULLS LAST, c.external_id";
        };
    }

    private static long longValue(Connection connection, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement select = prepare(connection, sql, parameters); ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
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
