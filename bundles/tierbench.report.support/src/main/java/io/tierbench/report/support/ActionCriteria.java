package io.tierbench.report.support;

import io.tierbench.api.model.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Who goes on an action list, and why. The rules read the label keys of the shipped classifiers; a run without the
 * classifiers a rule needs simply puts nobody on the list through that rule.
 */
public enum ActionCriteria {

    /**
     * 本周联系: high-value customers at risk of leaving, not yet churned. On the list when the RFM segment is At Risk
     * or Can't Lose Them (recency low, frequency and spend high), or the lifecycle stage is at risk and the CLV tier
     * is top (predictive scheme, else historical). Churned customers go to the win-back list instead.
     */
    CONTACT_THIS_WEEK(new Label("contact-this-week", "Contact this week", "本周联系"),
            new Label("contact-this-week",
                    "High-value customers at risk of leaving: RFM segment At Risk or Can't Lose Them, or lifecycle "
                            + "stage at risk with CLV tier Top; churned customers excluded. Call them personally, "
                            + "ask what changed, and offer VIP service. Most spent first.",
                    "有流失风险的高价值客户：RFM 细分为“有流失风险”或“不能失去”，或生命周期为“有流失风险”且 CLV 等级为高价值"
                            + "（已流失客户不在此列）。请亲自联系，了解原因并提供 VIP 服务。按购买金额从高到低排列。")),

    /**
     * 挽回名单: churned customers who brought revenue. On the list when the lifecycle stage is churned and at least
     * one sign of past value holds: ABC class A or B, RFM segment At Risk or Can't Lose Them, RFM value class
     * 重要保持 or 重要挽留 (spend at or above the mean), or historical CLV tier top.
     */
    WIN_BACK(new Label("win-back", "Win back", "挽回名单"),
            new Label("win-back",
                    "Churned customers with past value: lifecycle stage churned, and ABC class A or B, RFM segment "
                            + "At Risk or Can't Lose Them, RFM value class important retention or win-back, or "
                            + "historical CLV tier Top. Send a win-back offer. Most spent first.",
                    "有历史价值的已流失客户：生命周期为“已流失”，且 ABC 分类为 A 或 B、RFM 细分为“有流失风险”或“不能失去”、"
                            + "RFM 八类为重要保持或重要挽留客户，或历史 CLV 等级为高价值。请发送挽回优惠。按购买金额从高到低排列。"));

    static final String RFM = "rfm";
    static final String SEGMENT = "segment";
    static final String VALUE = "value";
    static final String CLV = "clv";
    static final String PREDICTIVE = "predictive";
    static final String HISTORICAL = "historical";
    static final String TOP = "top";
    static final String AT_RISK = "at-risk";
    static final String CHURNED = "churned";

    private final Label title;
    private final Label description;

    ActionCriteria(Label title, Label description) {
        this.title = title;
        this.description = description;
    }

    /** @return the list's name, keyed e.g. {@code contact-this-week} */
    public Label title() {
        return title;
    }

    /** @return who is on the list, what to do, and the order */
    public Label description() {
        return description;
    }

    /**
     * @return why the customer is on the list, one reason per rule that holds, keyed by the labels that decided
     *         (e.g. {@code rfm.segment=cant-lose-them}); {@code null} when the customer is not on the list
     */
    public Label reason(CustomerRecord record) {
        List<Label> reasons = this == CONTACT_THIS_WEEK ? contactReasons(record) : winBackReasons(record);
        if (reasons.isEmpty()) {
            return null;
        }
        return new Label(reasons.stream().map(Label::key).collect(Collectors.joining(",")),
                reasons.stream().map(Label::en).collect(Collectors.joining("; ")),
                reasons.stream().map(Label::zh).collect(Collectors.joining("；")));
    }

    private static List<Label> contactReasons(CustomerRecord record) {
        List<Label> reasons = new ArrayList<>(2);
        if (record.hasLabel(SchemeColumns.LIFECYCLE, SchemeColumns.STAGE, CHURNED)) {
            return reasons;
        }
        addRfmSegment(record, reasons);
        String clvScheme = clvScheme(record);
        Label clvTier = record.label(CLV, clvScheme);
        if (record.hasLabel(SchemeColumns.LIFECYCLE, SchemeColumns.STAGE, AT_RISK) && clvTier != null
                && clvTier.key().equals(TOP)) {
            Label stage = record.label(SchemeColumns.LIFECYCLE, SchemeColumns.STAGE);
            reasons.add(new Label("lifecycle.stage=" + AT_RISK + "+clv." + clvScheme + "=" + TOP,
                    "lifecycle stage " + stage.en() + " with CLV tier " + clvTier.en(),
                    "生命周期：" + stage.zh() + "，CLV 等级：" + clvTier.zh()));
        }
        return reasons;
    }

    private static List<Label> winBackReasons(CustomerRecord record) {
        List<Label> reasons = new ArrayList<>(4);
        if (!record.hasLabel(SchemeColumns.LIFECYCLE, SchemeColumns.STAGE, CHURNED)) {
            return reasons;
        }
        if (record.hasLabel("abc", "class", "a", "b")) {
            reasons.add(because("abc.class", record.label("abc", "class"), "ABC class ", "ABC 分类："));
        }
        addRfmSegment(record, reasons);
        if (record.hasLabel(RFM, VALUE, "important-retention", "important-winback")) {
            reasons.add(because("rfm.value", record.label(RFM, VALUE), "RFM value class ", "RFM 八类："));
        }
        if (record.hasLabel(CLV, HISTORICAL, TOP)) {
            reasons.add(because("clv.historical", record.label(CLV, HISTORICAL), "historical CLV tier ",
                    "历史 CLV 等级："));
        }
        return reasons;
    }

    private static void addRfmSegment(CustomerRecord record, List<Label> reasons) {
        if (record.hasLabel(RFM, SEGMENT, AT_RISK, "cant-lose-them")) {
            reasons.add(because("rfm.segment", record.label(RFM, SEGMENT), "RFM segment ", "RFM 细分："));
        }
    }

    /** @return the CLV scheme that speaks for the customer: predictive when it labelled the customer, else historical */
    static String clvScheme(CustomerRecord record) {
        return record.label(CLV, PREDICTIVE) != null ? PREDICTIVE : HISTORICAL;
    }

    private static Label because(String scheme, Label label, String en, String zh) {
        return new Label(scheme + "=" + label.key(), en + label.en(), zh + label.zh());
    }
}
