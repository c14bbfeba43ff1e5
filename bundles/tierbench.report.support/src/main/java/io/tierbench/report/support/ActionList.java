package io.tierbench.report.support;

import io.tierbench.api.model.Label;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * An action list of a run (本周联系, 挽回名单): the customers its {@link ActionCriteria} picks, each with the reason,
 * the contact details a salesperson needs and the figures that rank it, most spent first (ties by customer id).
 *
 * <p>Collected in one pass over the customers ({@link #accept}), keeping only the cells of the customers picked;
 * then written like any table.
 */
public final class ActionList implements ReportTable, Consumer<CustomerRecord> {

    private static final ReportColumn RANK = new ReportColumn("rank", "No.", "序号", ColumnType.INTEGER);
    private static final ReportColumn SEGMENT = new ReportColumn("rfm.segment", "RFM segment", "RFM 客户细分",
            ColumnType.LABEL);
    private static final ReportColumn CLV = new ReportColumn("clv", "CLV", "客户终身价值", ColumnType.MONEY);
    private static final ReportColumn REASON = new ReportColumn("reason", "Why on the list", "列入原因",
            ColumnType.LABEL);
    private static final List<ReportColumn> COLUMNS = List.of(RANK, CustomerColumns.ID, CustomerColumns.NAME,
            CustomerColumns.PHONE, CustomerColumns.EMAIL, CustomerColumns.WECHAT, CustomerColumns.OWNER,
            CustomerColumns.CITY, CustomerColumns.STAGE, SEGMENT, CustomerColumns.LAST_PURCHASE,
            CustomerColumns.DAYS_SINCE, CustomerColumns.PURCHASES, CustomerColumns.SPEND, CLV, REASON);
    private static final Comparator<Entry> MOST_SPENT_FIRST = Comparator.comparing(Entry::spend).reversed()
            .thenComparing(Entry::customerId);

    private final ActionCriteria criteria;
    private final PersonalDataMask mask;
    private final List<Entry> entries = new ArrayList<>();
    private boolean sorted = true;

    /** A customer on the list: its cells after the rank, and what ranks it. */
    private record Entry(BigDecimal spend, String customerId, List<Object> cells) {
    }

    public ActionList(ActionCriteria criteria, PersonalDataMask mask) {
        this.criteria = criteria;
        this.mask = mask;
    }

    /** @return the list of a run, collected in a pass of its own */
    public static ActionList of(ReportRun run, ActionCriteria criteria) {
        ActionList list = new ActionList(criteria, run.mask());
        run.forEachCustomer(list);
        return list;
    }

    /** Puts the customer on the list when the criteria pick it. */
    @Override
    public void accept(CustomerRecord record) {
        Label reason = criteria.reason(record);
        if (reason == null) {
            return;
        }
        String clvScheme = ActionCriteria.clvScheme(record);
        BigDecimal clv = record.score(ActionCriteria.CLV, clvScheme,
                ActionCriteria.PREDICTIVE.equals(clvScheme) ? "clv" : "historical_clv");
        List<Object> cells = new ArrayList<>(COLUMNS.size() - 1);
        cells.add(record.id());
        cells.add(mask.name(record.customer().name(), record.customer().type()));
        cells.add(mask.phone(record.customer().phone()));
        cells.add(mask.email(record.customer().email()));
        cells.add(mask.id(record.customer().wechatId()));
        cells.add(record.customer().owner());
        cells.add(record.customer().city());
        cells.add(record.label(SchemeColumns.LIFECYCLE, SchemeColumns.STAGE));
        cells.add(record.label(ActionCriteria.RFM, ActionCriteria.SEGMENT));
        cells.add(record.facts().lastPurchase());
        cells.add(record.daysSinceLastPurchase());
        cells.add((long) record.facts().purchaseCount());
        cells.add(record.facts().totalSpend());
        cells.add(clv);
        cells.add(reason);
        entries.add(new Entry(record.facts().totalSpend(), record.id(), cells));
        sorted = false;
    }

    /** @return the customers' ids, in list order */
    public List<String> customerIds() {
        sort();
        return entries.stream().map(Entry::customerId).toList();
    }

    @Override
    public Label title() {
        return criteria.title();
    }

    @Override
    public Label description() {
        return criteria.description();
    }

    @Override
    public List<ReportColumn> columns() {
        return COLUMNS;
    }

    @Override
    public void forEachRow(Consumer<List<Object>> row) {
        sort();
        long rank = 0;
        for (Entry entry : entries) {
            List<Object> cells = new ArrayList<>(COLUMNS.size());
            cells.add(++rank);
            cells.addAll(entry.cells());
            row.accept(cells);
        }
    }

    private void sort() {
        if (!sorted) {
            entries.sort(MOST_SPENT_FIRST);
            sorted = true;
        }
    }
}
