package io.tierbench.importer.support;

/** The columns of an orders file. */
final class OrderColumns {

    static final ColumnSet ALL = new ColumnSet();
    static final Column ORDER_ID = ALL.required("order_id", "订单编号", "订单号");
    static final Column CUSTOMER_ID = ALL.required("customer_id", "客户编号", "客户ID", "客户编码");
    static final Column ORDERED_AT = ALL.required("ordered_at", "下单时间", "下单日期", "订单时间", "购买时间", "购买日期");
    static final Column AMOUNT = ALL.required("amount", "订单金额", "购买金额", "实付金额", "金额");
    static final Column CURRENCY = ALL.optional("currency", "币种", "货币");
    static final Column QUANTITY = ALL.optional("quantity", "数量");
    static final Column SKU = ALL.optional("sku", "商品编号", "商品");
    static final Column CATEGORY = ALL.optional("category", "品类", "商品类别", "类别");
    static final Column STATUS = ALL.optional("status", "状态", "订单状态");

    private OrderColumns() {
    }
}
