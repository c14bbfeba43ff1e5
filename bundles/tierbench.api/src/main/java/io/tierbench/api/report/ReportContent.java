package io.tierbench.api.report;

import java.util.Locale;

/**
 * What a tabular report holds. A dashboard generator (HTML) shows its own fixed content and ignores this.
 *
 * @since 1.1
 */
public enum ReportContent {

    /**
     * The customer classification table: one row per customer with its attributes, purchase figures, every
     * classifier's label and key scores, and its tags. A workbook format adds a summary sheet per classifier and the
     * action lists.
     */
    CLASSIFICATION_TABLE("table"),

    /** The customers to contact this week: high-value customers at risk of leaving, most valuable first. */
    CONTACT_THIS_WEEK("contact"),

    /** The win-back list: churned customers who brought revenue, most valuable first. */
    WIN_BACK("winback");

    private final String key;

    ReportContent(String key) {
        this.key = key;
    }

    /** @return the short name used in commands and file names, e.g. {@code contact} */
    public String key() {
        return key;
    }

    /**
     * @param key a short name as returned by {@link #key()}, case ignored
     * @return the content it names
     * @throws IllegalArgumentException when it names none
     */
    public static ReportContent fromKey(String key) {
        for (ReportContent content : values()) {
            if (content.key.equals(key == null ? null : key.toLowerCase(Locale.ROOT))) {
                return content;
            }
        }
        throw new IllegalArgumentException("unknown report content '" + key + "': expected table, contact or winback");
    }
}
