package io.tierbench.importer.support;

import static io.tierbench.importer.support.OrderColumns.AMOUNT;
import static io.tierbench.importer.support.OrderColumns.CATEGORY;
import static io.tierbench.importer.support.OrderColumns.CURRENCY;
import static io.tierbench.importer.support.OrderColumns.CUSTOMER_ID;
import static io.tierbench.importer.support.OrderColumns.ORDERED_AT;
import static io.tierbench.importer.support.OrderColumns.ORDER_ID;
import static io.tierbench.importer.support.OrderColumns.QUANTITY;
import static io.tierbench.importer.support.OrderColumns.SKU;
import static io.tierbench.importer.support.OrderColumns.STATUS;

import io.tierbench.api.model.Order;
import io.tierbench.api.model.OrderStatus;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.api.repository.UpsertOutcome;
import java.util.List;

/** Rows of an orders file. A blank status means completed and a blank quantity means one, as in a plain sales list. */
final class OrderRowMapper implements RowMapper<Order> {

    private static final ValueParser<OrderStatus> STATUSES = new EnumValues<>(OrderStatus.class, "status")
            .alias(OrderStatus.COMPLETED, "已完成", "完成")
            .alias(OrderStatus.REFUNDED, "已退款", "退款")
            .alias(OrderStatus.CANCELLED, "已取消", "取消", "canceled");
    private static final ValueParser<Integer> QUANTITIES = ValueParsers.wholeNumber(1, Integer.MAX_VALUE);

    @Override
    public ColumnSet columns() {
        return OrderColumns.ALL;
    }

    @Override
    public Order map(RowValues row) throws RowRejected {
        String orderId = row.required(ORDER_ID);
        String customerId = row.required(CUSTOMER_ID);
        var orderedAt = row.parseRequired(ORDERED_AT, ValueParsers::dateTime);
        var amount = row.parseRequired(AMOUNT, ValueParsers::amount);
        String currency = row.parse(CURRENCY, ValueParsers::currency);
        Integer quantity = row.parse(QUANTITY, QUANTITIES);
        OrderStatus status = row.parse(STATUS, STATUSES);
        return new Order(orderId, customerId, orderedAt, amount, currency, quantity == null ? 1 : quantity,
                row.text(SKU), row.text(CATEGORY), status == null ? OrderStatus.COMPLETED : status);
    }

    @Override
    public Column idColumn() {
        return ORDER_ID;
    }

    @Override
    public String id(Order order) {
        return order.orderId();
    }

    @Override
    public Column customerColumn() {
        return CUSTOMER_ID;
    }

    @Override
    public String customerId(Order order) {
        return order.customerId();
    }

    @Override
    public List<UpsertOutcome> upsert(RepositoryTransaction transaction, List<Order> batch) {
        return transaction.upsertOrders(batch);
    }
}
