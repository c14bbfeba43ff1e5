package io.tierbench.report.support;

/** Columns that the classification table and the action lists share, so both read the same in every format. */
final class CustomerColumns {

    static final ReportColumn ID = new ReportColumn("customer_id", "Customer id", "客户编号", ColumnType.TEXT);
    static final ReportColumn NAME = new ReportColumn("name", "Customer name", "客户名称", ColumnType.TEXT);
    static final ReportColumn PHONE = new ReportColumn("phone", "Phone", "电话", ColumnType.TEXT);
    static final ReportColumn EMAIL = new ReportColumn("email", "E-mail", "邮箱", ColumnType.TEXT);
    static final ReportColumn WECHAT = new ReportColumn("wechat_id", "WeChat id", "微信号", ColumnType.TEXT);
    static final ReportColumn CITY = new ReportColumn("city", "City", "城市", ColumnType.TEXT);
    static final ReportColumn OWNER = new ReportColumn("owner", "Sales rep", "负责人", ColumnType.TEXT);
    static final ReportColumn PURCHASES = new ReportColumn("purchase_count", "Purchase frequency (purchases)",
            "购买频率(次)", ColumnType.INTEGER);
    static final ReportColumn SPEND = new ReportColumn("total_spend", "Purchase amount", "购买金额",
            ColumnType.MONEY);
    static final ReportColumn LAST_PURCHASE = new ReportColumn("last_purchase", "Last purchase", "最近购买日期",
            ColumnType.DATE);
    static final ReportColumn DAYS_SINCE = new ReportColumn("days_since_last_purchase", "Days since last purchase",
            "距上次购买天数", ColumnType.INTEGER);
    static final ReportColumn STAGE = new ReportColumn("lifecycle_stage", "Lifecycle stage", "客户生命周期阶段",
            ColumnType.LABEL);

    private CustomerColumns() {
    }
}
