package io.tierbench.importer.wecom.internal;

import java.util.List;
import java.util.Locale;

/**
 * The columns of a WeCom SCRM customer export, one row per customer and staff member, with the headers that WeCom's
 * console and the common SCRM tools (微盛, 尘锋, 句子互动 and the like) write for them. A client's column mapping
 * ({@code tierbench:import --mapping}) may name other headers for the same canonical names.
 */
enum ScrmColumn {
    EXTERNAL_USERID("external_userid", "外部联系人ID", "外部联系人userid", "客户ID", "客户userid", "externaluserid"),
    NAME("name", "客户名称", "客户昵称", "微信昵称", "昵称", "客户姓名", "姓名"),
    TYPE("type", "客户类型", "类型"),
    GENDER("gender", "性别"),
    UNIONID("unionid"),
    CORP_NAME("corp_name", "企业名称", "客户企业", "公司名称", "所在企业", "企业简称"),
    CORP_FULL_NAME("corp_full_name", "企业全称", "企业主体名称"),
    POSITION("position", "职务", "职位"),
    STAFF_USERID("userid", "添加人账号", "添加人userid", "添加人ID", "员工账号", "员工userid", "成员账号", "跟进人账号",
            "所属员工账号"),
    STAFF_NAME("staff_name", "添加人", "添加人姓名", "添加员工", "所属员工", "跟进人", "跟进员工", "企业成员"),
    REMARK("remark", "备注", "备注名", "客户备注"),
    DESCRIPTION("description", "描述", "客户描述"),
    CREATETIME("createtime", "添加时间", "添加好友时间", "添加日期"),
    TAGS("tags", "标签", "企业标签", "客户标签"),
    PERSONAL_TAGS("personal_tags", "个人标签"),
    ADD_WAY("add_way", "来源", "添加方式", "添加来源", "客户来源"),
    STATE("state", "渠道", "渠道码", "渠道活码", "活码名称", "渠道名称"),
    REMARK_MOBILES("remark_mobiles", "手机号", "手机", "手机号码", "电话", "联系电话", "备注手机号"),
    REMARK_CORP_NAME("remark_corp_name", "备注企业名称", "备注企业", "备注公司");

    private final String canonical;
    private final List<String> synonyms;

    ScrmColumn(String canonical, String... synonyms) {
        this.canonical = canonical;
        this.synonyms = List.of(synonyms);
    }

    /** @return the name a client's column mapping uses for the column, e.g. {@code external_userid} */
    String canonical() {
        return canonical;
    }

    /** @return whether a written header means this column: its canonical name or a synonym, case and spaces aside */
    boolean isNamedBy(String header) {
        String written = normalized(header);
        return written.equals(normalized(canonical)) || synonyms.stream().anyMatch(s -> written.equals(normalized(s)));
    }

    /** @return the header without case, blanks and the ideographic space */
    static String normalized(String header) {
        return header.replaceAll("[\\s\u3000]", "").toLowerCase(Locale.ROOT);
    }
}
