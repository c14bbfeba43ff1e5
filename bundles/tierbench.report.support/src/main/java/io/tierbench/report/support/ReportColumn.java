package io.tierbench.report.support;

import java.util.Objects;

/**
 * One column of a tabular report.
 *
 * @param key stable name for machines, e.g. {@code total_spend} or {@code rfm.segment}
 * @param en English header
 * @param zh Simplified Chinese header
 * @param type what its cells hold
 */
public record ReportColumn(String key, String en, String zh, ColumnType type) {

    public ReportColumn {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(type, "type");
    }

    /** @return the header in the given language ({@code zh} for Chinese, anything else English) */
    public String header(String language) {
        return "zh".equals(language) ? zh : en;
    }
}
