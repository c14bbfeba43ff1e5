package io.tierbench.repository.h2.internal;

import io.tierbench.api.model.Order;
import io.tierbench.api.model.OrderStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Orders; the amount in {@link Money#canonical canonical} form. */
final class OrderMapping extends TableMapping<Order> {

    static final OrderMapping INSTANCE = new OrderMapping();

    private OrderMapping() {
        super("orders", "order_id", "customer_id", "ordered_at", "amount", "currency", "quantity", "sku", "category",
                "status");
    }

    @Override
    String idOf(Order order) {
        return order.orderId();
    }

    @Override
    Order canonical(Order order) {
        return new Order(order.orderId(), order.customerId(), order.orderedAt(), Money.canonical(order.amount()),
                order.currency(), order.quantity(), order.sku(), order.category(), order.status());
    }

    @Override
    Order read(ResultSet rows) throws SQLException {
        return new Order(rows.getString(1), rows.getString(2), Columns.getTimestamp(rows, 3),
                Money.canonical(rows.getBigDecimal(4)), rows.getString(5), rows.getInt(6), rows.getString(7),
                rows.getString(8), Columns.getEnum(rows, 9, OrderStatus.class));
    }

    @Override
    void bindValues(PreparedStatement statement, Order order) throws SQLException {
        statement.setString(1, order.customerId());
        Columns.setTimestamp(statement, 2, order.orderedAt());
        statement.setBigDecimal(3, order.amount());
        statement.setString(4, order.currency());
        statement.setInt(5, order.quantity());
        statement.setString(6, order.sku());
        statement.setString(7, order.category());
        Columns.setEnum(statement, 8, order.status());
    }
}
