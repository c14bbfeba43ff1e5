package io.tierbench.report.support;

import io.tierbench.api.report.ReportContent;

/** The table a request's content names. */
public final class ReportTables {

    private ReportTables() {
    }

    /**
     * @return the classification table, streaming; or the action list, collected in one pass over the customers
     */
    public static ReportTable of(ReportRun run, ReportContent content) {
        return switch (content) {
            case CLASSIFICATION_TABLE -> new ClassificationTable(run);
            case CONTACT_THIS_WEEK -> ActionList.of(run, ActionCriteria.CONTACT_THIS_WEEK);
            case WIN_BACK -> ActionList.of(run, ActionCriteria.WIN_BACK);
        };
    }
}
