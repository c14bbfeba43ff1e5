package io.tierbench.report.support;

import io.tierbench.api.model.Label;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rows under fixed columns, handed to a writer one at a time: the classification table streams from the
 * repository, an action list from the few customers it picked.
 */
public interface ReportTable {

    /** @return the table's name for machines and people, e.g. key {@code contact-this-week}, 本周联系 */
    Label title();

    /** @return what is on the table and why, in English and Chinese, for formats that can say it */
    Label description();

    /** @return the columns, in order */
    List<ReportColumn> columns();

    /**
     * @param row called once per row, on the calling thread, with one cell per column of the type the column
     *        declares ({@code null} for empty); the list is not kept by the table
     */
    void forEachRow(Consumer<List<Object>> row);
}
