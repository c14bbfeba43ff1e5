package io.tierbench.repository.h2.internal;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/** Customers: every field of the record; attributes as {@link KeyValueText}, sorted by key. */
final class CustomerMapping extends TableMapping<Customer> {

    static final CustomerMapping INSTANCE = new CustomerMapping();

    private CustomerMapping() {
        super("customers", "external_id", "name", "customer_type", "phone", "email", "wechat_id", "gender",
                "birth_year", "occupation", "income_band", "country", "province", "city", "industry", "company_size",
                "acquisition_channel", "owner", "created_date", "attributes");
    }

    @Override
    String idOf(Customer customer) {
        return customer.externalId();
    }

    @Override
    Customer canonical(Customer customer) {
        return customer;
    }

    @Override
    Customer read(ResultSet rows) throws SQLException {
        return new Customer(rows.getString(1), rows.getString(2), Columns.getEnum(rows, 3, CustomerType.class),
                rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                Columns.getInteger(rows, 8), rows.getString(9), rows.getString(10), rows.getString(11),
                rows.getString(12), rows.getString(13), rows.getString(14), Columns.getInteger(rows, 15),
                rows.getString(16), rows.getString(17), Columns.getDate(rows, 18),
                KeyValueText.decode(rows.getString(19)));
    }

    @Override
    void bindValues(PreparedStatement statement, Customer customer) throws SQLException {
        statement.setString(1, customer.name());
        Columns.setEnum(statement, 2, customer.type());
        statement.setString(3, customer.phone());
        statement.setString(4, customer.email());
        statement.setString(5, customer.wechatId());
        statement.setString(6, customer.gender());
        Columns.setInteger(statement, 7, customer.birthYear());
        statement.setString(8, customer.occupation());
        statement.setString(9, customer.incomeBand());
        statement.setString(10, customer.country());
        statement.setString(11, customer.province());
        statement.setString(12, customer.city());
        statement.setString(13, customer.industry());
        Columns.setInteger(statement, 14, customer.companySize());
        statement.setString(15, customer.acquisitionChannel());
        statement.setString(16, customer.owner());
        Columns.setDate(statement, 17, customer.createdDate());
        statement.setString(18, encodeAttributes(customer.attributes()));
    }

    private static String encodeAttributes(Map<String, String> attributes) {
        return attributes.isEmpty() ? null : KeyValueText.encode(new TreeMap<>(attributes));
    }
}
