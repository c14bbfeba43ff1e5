package io.tierbench.importer.support;

/** The columns of an interactions file. */
final class InteractionColumns {

    static final ColumnSet ALL = new ColumnSet();
    static final Column INTERACTION_ID = ALL.required("interaction_id", "互动编号", "记录编号");
    static final Column CUSTOMER_ID = ALL.required("customer_id", "客户编号", "客户ID", "客户编码");
    static final Column OCCURRED_AT = ALL.required("occurred_at", "发生时间", "互动时间");
    static final Column CHANNEL = ALL.optional("channel", "渠道", "互动渠道");
    static final Column KIND = ALL.required("kind", "互动类型", "类型");
    static final Column TEXT = ALL.optional("text", "内容", "互动内容");
    static final Column CSAT = ALL.optional("csat", "满意度", "满意度评分");
    static final Column NPS = ALL.optional("nps", "推荐意愿", "推荐值", "nps评分");

    private InteractionColumns() {
    }
}
