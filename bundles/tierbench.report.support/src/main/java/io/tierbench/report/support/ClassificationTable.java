package io.tierbench.report.support;

import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.CustomerType;
import io.tierbench.api.model.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The customer classification table (客户分级表) of a run: one row per customer with the articles' columns (name,
 * location, industry, company size, purchase frequency and amount, lifecycle stage), contact details for the sales
 * team, every classifier's label and key scores, and the customer's tags. Rows stream from the repository.
 */
public final class ClassificationTable implements ReportTable {

    private static final Label TITLE = new Label("classification-table", "Customer classification", "客户分级表");
    private static final Label PERSON = new Label("person", "Person", "个人");
    private static final Label COMPANY = new Label("company", "Company", "企业");

    private final ReportRun run;
    private final List<Cell> cells;

    /** One column and how a customer's cell in it is found. */
    private record Cell(ReportColumn column, Function<CustomerRecord, Object> value) {
    }

    public ClassificationTable(ReportRun run) {
        this.run = run;
        this.cells = cells(run.schemes(), run.mask());
    }

    @Override
    public Label title() {
        return TITLE;
    }

    @Override
    public Label description() {
        String date = run.run().asOf().toString();
        return new Label(TITLE.key(), "Every customer with its labels in run " + run.run().runId() + " as of " + date
                + "; purchase figures count purchases up to that date.",
                "运行 " + run.run().runId() + "（截至 " + date + "）中每位客户的分级结果；购买数据统计截至该日期的购买。");
    }

    @Override
    public List<ReportColumn> columns() {
        return cells.stream().map(Cell::column).toList();
    }

    @Override
    public void forEachRow(Consumer<List<Object>> row) {
        run.forEachCustomer(record -> row.accept(row(record)));
    }

    /** @return the customer's cells, one per column */
    public List<Object> row(CustomerRecord record) {
        List<Object> row = new ArrayList<>(cells.size());
        for (Cell cell : cells) {
            row.add(cell.value().apply(record));
        }
        return row;
    }

    private static List<Cell> cells(List<SchemeColumns> schemes, PersonalDataMask mask) {
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell(CustomerColumns.ID, CustomerRecord::id));
        cells.add(new Cell(CustomerColumns.NAME, r -> mask.name(r.customer().name(), r.customer().type())));
        cells.add(new Cell(new ReportColumn("type", "Type", "客户类型", ColumnType.LABEL),
                r -> typeLabel(r.customer().type())));
        cells.add(new Cell(CustomerColumns.PHONE, r -> mask.phone(r.customer().phone())));
        cells.add(new Cell(CustomerColumns.EMAIL, r -> mask.email(r.customer().email())));
        cells.add(new Cell(CustomerColumns.WECHAT, r -> mask.id(r.customer().wechatId())));
        cells.add(new Cell(new ReportColumn("province", "Province", "省份", ColumnType.TEXT),
                r -> r.customer().province()));
        cells.add(new Cell(CustomerColumns.CITY, r -> r.customer().city()));
        cells.add(new Cell(new ReportColumn("industry", "Industry", "行业类型", ColumnType.TEXT),
                r -> r.customer().industry()));
        cells.add(new Cell(new ReportColumn("company_size", "Company size (employees)", "公司规模(人)",
                ColumnType.INTEGER), r -> longOrNull(r.customer().companySize())));
        cells.add(new Cell(CustomerColumns.OWNER, r -> r.customer().owner()));
        cells.add(new Cell(CustomerColumns.PURCHASES, r -> (long) r.facts().purchaseCount()));
        cells.add(new Cell(CustomerColumns.SPEND, r -> r.facts().totalSpend()));
        cells.add(new Cell(CustomerColumns.LAST_PURCHASE, r -> r.facts().lastPurchase()));
        cells.add(new Cell(CustomerColumns.DAYS_SINCE, CustomerRecord::daysSinceLastPurchase));
        cells.add(new Cell(CustomerColumns.STAGE, r -> r.label(SchemeColumns.LIFECYCLE, SchemeColumns.STAGE)));
        for (SchemeColumns scheme : schemes) {
            if (!scheme.isLifecycleStage()) {
                cells.add(new Cell(scheme.label(), r -> r.label(scheme.classifierId(), scheme.scheme())));
            }
            for (SchemeColumns.ScoreColumn score : scheme.scores()) {
                cells.add(new Cell(score.column(),
                        r -> r.score(scheme.classifierId(), scheme.scheme(), score.score())));
            }
        }
        cells.add(new Cell(new ReportColumn("tags", "Tags", "客户标签", ColumnType.TEXT), ClassificationTable::tags));
        return List.copyOf(cells);
    }

    private static Label typeLabel(CustomerType type) {
        if (type == null) {
            return null;
        }
        return type == CustomerType.COMPANY ? COMPANY : PERSON;
    }

    private static Long longOrNull(Integer value) {
        return value == null ? null : value.longValue();
    }

    private static String tags(CustomerRecord record) {
        if (record.tags().isEmpty()) {
            return null;
        }
        return record.tags().stream().map(CustomerTag::qualifiedName).distinct().collect(Collectors.joining("; "));
    }
}
