package io.tierbench.importer.support;

/** The columns of a tags file: one row per tag of a customer. */
final class TagColumns {

    static final ColumnSet ALL = new ColumnSet();
    static final Column CUSTOMER_ID = ALL.required("customer_id", "客户编号", "客户ID", "客户编码", "external_id");
    static final Column TAG = ALL.required("tag", "标签", "标签名称", "tag_name");
    static final Column TAG_GROUP = ALL.optional("tag_group", "标签组", "标签分组", "group_name");

    private TagColumns() {
    }
}
