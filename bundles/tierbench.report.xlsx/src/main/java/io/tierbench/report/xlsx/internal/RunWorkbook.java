package io.tierbench.report.xlsx.internal;

import io.tierbench.api.model.Label;
import io.tierbench.api.report.ReportContent;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.report.support.ActionCriteria;
import io.tierbench.report.support.ActionList;
import io.tierbench.report.support.ClassificationTable;
import io.tierbench.report.support.ReportRun;
import io.tierbench.report.support.ReportTable;
import io.tierbench.report.support.SchemeColumns;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The workbook of a run. For the classification table: the table, the two action lists, a summary sheet per
 * classifier and an "about" sheet, all from one pass over the customers. For an action list: that list and the
 * "about" sheet.
 *
 * <p>Streaming (SXSSF): only a window of rows per sheet is in memory, the rest goes to compressed temporary files
 * that are deleted when the workbook is written.
 */
final class RunWorkbook {

    /** Rows per sheet kept in memory before they are flushed to the temporary file. */
    private static final int ROW_WINDOW = 200;

    private final ReportRun run;
    private final ReportContent content;
    private final String language;

    RunWorkbook(ReportRun run, ReportContent content) {
        this.run = run;
        this.content = content;
        this.language = run.language();
    }

    void write(OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROW_WINDOW, true);
        try {
            CellStyles styles = new CellStyles(workbook);
            List<ReportTable> written = content == ReportContent.CLASSIFICATION_TABLE
                    ? writeTableAndLists(workbook, styles) : List.of(writeList(workbook, styles));
            if (content == ReportContent.CLASSIFICATION_TABLE) {
                writeSummaries(workbook, styles);
            }
            AboutSheet.write(workbook.createSheet(sheetName(new Label("about", "About", "说明"))), run, written,
                    styles);
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private List<ReportTable> writeTableAndLists(SXSSFWorkbook workbook, CellStyles styles) {
        ClassificationTable table = new ClassificationTable(run);
        ActionList contact = new ActionList(ActionCriteria.CONTACT_THIS_WEEK, run.mask());
        ActionList winBack = new ActionList(ActionCriteria.WIN_BACK, run.mask());
        TableSheet sheet = new TableSheet(workbook.createSheet(sheetName(table.title())), table.columns(), styles,
                language);
        run.forEachCustomer(record -> {
            sheet.add(table.row(record));
            contact.accept(record);
            winBack.accept(record);
        });
        sheet.finish(2);
        writeList(workbook, styles, contact);
        writeList(workbook, styles, winBack);
        return List.of(table, contact, winBack);
    }

    private ReportTable writeList(SXSSFWorkbook workbook, CellStyles styles) {
        ActionCriteria criteria = content == ReportContent.CONTACT_THIS_WEEK ? ActionCriteria.CONTACT_THIS_WEEK
                : ActionCriteria.WIN_BACK;
        return writeList(workbook, styles, ActionList.of(run, criteria));
    }

    private ReportTable writeList(SXSSFWorkbook workbook, CellStyles styles, ActionList list) {
        TableSheet sheet = new TableSheet(workbook.createSheet(sheetName(list.title())), list.columns(), styles,
                language);
        list.forEachRow(sheet::add);
        sheet.finish(3);
        return list;
    }

    /** Writes a summary sheet per classifier of the run, in the order of the table's columns. */
    private void writeSummaries(SXSSFWorkbook workbook, CellStyles styles) {
        List<String> order = run.schemes().stream().map(SchemeColumns::classifierId).distinct().toList();
        List<RunInfo.ClassifierRun> parts = new ArrayList<>(run.run().classifiers());
        parts.sort(Comparator.comparingInt(part -> {
            int index = order.indexOf(part.classifier().id());
            return index < 0 ? order.size() : index;
        }));
        List<String> used = new ArrayList<>();
        for (RunInfo.ClassifierRun part : parts) {
            String id = part.classifier().id();
            String name = WorkbookUtil.createSafeSheetName("zh".equals(language) ? id + " 汇总" : id + " summary");
            while (used.contains(name) || workbook.getSheet(name) != null) {
                name = WorkbookUtil.createSafeSheetName("_" + name);
            }
            used.add(name);
            Sheet sheet = workbook.createSheet(name);
            SummarySheet.write(sheet, run.run(), part, run.distribution(), run.schemes(), styles, language);
        }
    }

    private String sheetName(Label title) {
        return WorkbookUtil.createSafeSheetName(title.in(language));
    }
}
