package io.tierbench.importer.support;

/** The columns of a customers file. Only the external id is required, as in {@link io.tierbench.api.model.Customer}. */
final class CustomerColumns {

    static final ColumnSet ALL = new ColumnSet();
    static final Column EXTERNAL_ID = ALL.required("external_id", "客户编号", "客户ID", "客户编码", "customer_id");
    static final Column NAME = ALL.optional("name", "客户名称", "客户姓名", "姓名", "名称");
    static final Column TYPE = ALL.optional("type", "客户类型");
    static final Column PHONE = ALL.optional("phone", "手机", "手机号", "手机号码", "电话", "联系电话", "mobile");
    static final Column EMAIL = ALL.optional("email", "邮箱", "电子邮箱", "e_mail");
    static final Column WECHAT_ID = ALL.optional("wechat_id", "微信", "微信号");
    static final Column GENDER = ALL.optional("gender", "性别");
    static final Column BIRTH_YEAR = ALL.optional("birth_year", "出生年份");
    static final Column OCCUPATION = ALL.optional("occupation", "职业");
    static final Column INCOME_BAND = ALL.optional("income_band", "收入", "收入水平");
    static final Column COUNTRY = ALL.optional("country", "国家");
    static final Column PROVINCE = ALL.optional("province", "省份", "省");
    static final Column CITY = ALL.optional("city", "城市", "地理位置", "所在地", "地区");
    static final Column INDUSTRY = ALL.optional("industry", "行业类型", "行业");
    static final Column COMPANY_SIZE = ALL.optional("company_size", "公司规模", "企业规模");
    static final Column ACQUISITION_CHANNEL = ALL.optional("acquisition_channel", "获客渠道", "来源渠道", "渠道", "来源");
    static final Column OWNER = ALL.optional("owner", "负责人", "销售负责人");
    static final Column CREATED_DATE = ALL.optional("created_date", "创建日期", "建档日期", "创建时间", "添加时间");
    static final Column TAGS = ALL.optional("tags", "标签", "客户标签");

    private CustomerColumns() {
    }
}
