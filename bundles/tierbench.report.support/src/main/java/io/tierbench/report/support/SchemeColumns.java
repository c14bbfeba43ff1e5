package io.tierbench.report.support;

import io.tierbench.api.repository.LabelCount;
import io.tierbench.api.repository.RunInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns one classifier and scheme adds to the classification table: its label and its key scores.
 *
 * <p>The shipped classifiers' schemes have headers in both languages and their key scores chosen here; a plugin's
 * scheme gets a label column headed by the classifier's name and the scheme, and no score columns, since nothing
 * says which of its scores matter.
 *
 * @param classifierId the classifier
 * @param scheme the scheme
 * @param label the label column, keyed {@code classifier.scheme}
 * @param scores the key score columns, in order
 */
public record SchemeColumns(String classifierId, String scheme, ReportColumn label, List<ScoreColumn> scores) {

    /** Classifier of the lifecycle stage, an article column of its own. */
    public static final String LIFECYCLE = "lifecycle";

    /** Scheme of the lifecycle stage. */
    public static final String STAGE = "stage";

    /**
     * A key score column.
     *
     * @param score the score's name in the classification, e.g. {@code r_score}
     * @param column the column, keyed {@code classifier.scheme.score}
     */
    public record ScoreColumn(String score, ReportColumn column) {
    }

    private static final List<SchemeColumns> SHIPPED = List.of(
            shipped("rfm", "segment", "RFM segment", "RFM 客户细分",
                    score("r_score", "R score", "R 得分", ColumnType.INTEGER),
                    score("f_score", "F score", "F 得分", ColumnType.INTEGER),
                    score("m_score", "M score", "M 得分", ColumnType.INTEGER)),
            shipped("rfm", "value", "RFM value class", "RFM 价值分类"),
            shipped("abc", "class", "ABC class", "ABC 分类",
                    score("rank", "ABC rank", "ABC 排名", ColumnType.INTEGER),
                    score("share", "Revenue share (%)", "收入占比(%)", ColumnType.DECIMAL),
                    score("cumulative_share_before", "Cumulative share before (%)", "之前累计占比(%)",
                            ColumnType.DECIMAL)),
            shipped("clv", "predictive", "CLV tier (predictive)", "CLV 等级(预测)",
                    score("clv", "Predicted CLV", "预测客户终身价值", ColumnType.MONEY),
                    score("p_alive", "P(alive)", "存活概率", ColumnType.DECIMAL),
                    score("expected_purchases", "Expected purchases", "预期购买次数", ColumnType.DECIMAL)),
            shipped("clv", "historical", "CLV tier (historical)", "CLV 等级(历史)",
                    score("historical_clv", "Historical CLV", "历史客户终身价值", ColumnType.MONEY)),
            shipped(LIFECYCLE, STAGE, "Lifecycle stage", "客户生命周期阶段"),
            shipped("satisfaction", "level", "Satisfaction", "满意度",
                    score("csat_mean", "CSAT mean", "CSAT 平均分", ColumnType.DECIMAL),
                    score("latest_nps", "Latest NPS answer", "最近 NPS 评分", ColumnType.INTEGER),
                    score("complaints_recent", "Recent complaints", "近期投诉次数", ColumnType.INTEGER)),
            shipped("satisfaction", "nps", "NPS category", "NPS 类别"));

    public SchemeColumns {
        scores = List.copyOf(scores);
    }

    /**
     * @return the schemes that labelled customers in the run: the shipped ones in a fixed order, then the others in
     *         the order of the distribution
     */
    static List<SchemeColumns> of(RunInfo run, List<LabelCount> distribution) {
        Map<String, SchemeColumns> present = new LinkedHashMap<>();
        for (LabelCount count : distribution) {
            present.computeIfAbsent(key(count.classifierId(), count.scheme()),
                    k -> plugin(run, count.classifierId(), count.scheme()));
        }
        List<SchemeColumns> ordered = new ArrayList<>();
        for (SchemeColumns shipped : SHIPPED) {
            if (present.remove(key(shipped.classifierId, shipped.scheme)) != null) {
                ordered.add(shipped);
            }
        }
        ordered.addAll(present.values());
        return ordered;
    }

    /** @return whether this is the lifecycle stage */
    public boolean isLifecycleStage() {
        return classifierId.equals(LIFECYCLE) && scheme.equals(STAGE);
    }

    /** @return the label and score columns, in order */
    public List<ReportColumn> columns() {
        List<ReportColumn> columns = new ArrayList<>(1 + scores.size());
        columns.add(label);
        scores.forEach(score -> columns.add(score.column()));
        return columns;
    }

    private static String key(String classifierId, String scheme) {
        return classifierId + '\u0000' + scheme;
    }

    private static SchemeColumns plugin(RunInfo run, String classifierId, String scheme) {
        String name = run.classifiers().stream().filter(part -> part.classifier().id().equals(classifierId))
                .map(part -> part.classifier().name()).findFirst().orElse(classifierId);
        String header = name + " · " + scheme;
        return new SchemeColumns(classifierId, scheme,
                new ReportColumn(classifierId + "." + scheme, header, header, ColumnType.LABEL), List.of());
    }

    private static SchemeColumns shipped(String classifierId, String scheme, String en, String zh,
            ScoreColumn... scores) {
        String prefix = classifierId + "." + scheme;
        List<ScoreColumn> keyed = new ArrayList<>();
        for (ScoreColumn score : scores) {
            ReportColumn column = score.column();
            keyed.add(new ScoreColumn(score.score(),
                    new ReportColumn(prefix + "." + score.score(), column.en(), column.zh(), column.type())));
        }
        return new SchemeColumns(classifierId, scheme, new ReportColumn(prefix, en, zh, ColumnType.LABEL), keyed);
    }

    private static ScoreColumn score(String score, String en, String zh, ColumnType type) {
        return new ScoreColumn(score, new ReportColumn(score, en, zh, type));
    }
}
