package io.tierbench.repository.h2.internal;

import io.tierbench.api.model.CustomerTag;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code customer_tags} table: one row per customer, source, group and tag. A tag without a group is stored
 * with the group {@value #NO_GROUP}, because H2 allows no NULL in a primary-key column, and read back as
 * {@code null}.
 */
final class CustomerTagRows {

    /** The stored group of a tag without one; never a real group, as {@link CustomerTag} turns blank into null. */
    static final String NO_GROUP = "";

    /** The columns {@link #read} expects, in this order; they are also the primary key. */
    static final String COLUMNS = "customer_id, source, tag_group, tag_name";

    /** Every tag, in key order: customer id, source, group, name. */
    static final KeysetQuery IN_KEY_ORDER = new KeysetQuery("SELECT " + COLUMNS + " FROM customer_tags", null,
            List.of("customer_id", "source", "tag_group", "tag_name"), COLUMNS);

    private static final String OF_CUSTOMER = "SELECT " + COLUMNS
            + " FROM customer_tags WHERE customer_id = ? ORDER BY " + COLUMNS;

    private CustomerTagRows() {
    }

    static List<CustomerTag> ofCustomer(Connection connection, String customerId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(OF_CUSTOMER)) {
            select.setString(1, customerId);
            List<CustomerTag> tags = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tags.add(read(rows));
                }
            }
            return List.copyOf(tags);
        }
    }

    static void forEach(Connection connection, int pageSize, Consumer<CustomerTag> visitor) throws SQLException {
        KeysetPages.forEachRow(connection, IN_KEY_ORDER, pageSize, row -> visitor.accept(read(row)));
    }

    /** Reads a row selected with {@link #COLUMNS}. */
    static CustomerTag read(ResultSet rows) throws SQLException {
        String group = rows.getString(3);
        return new CustomerTag(rows.getString(1), NO_GROUP.equals(group) ? null : group, rows.getString(4),
                rows.getString(2));
    }

    /** Binds the tag to parameters 1 to 4, in the order of {@link #COLUMNS}. */
    static void bind(PreparedStatement statement, CustomerTag tag) throws SQLException {
        statement.setString(1, tag.customerId());
        statement.setString(2, tag.source());
        statement.setString(3, tag.group() == null ? NO_GROUP : tag.group());
        statement.setString(4, tag.name());
    }
}
