package io.tierbench.report.xlsx.internal;

import io.tierbench.api.repository.RunInfo;
import io.tierbench.report.support.ReportRun;
import io.tierbench.report.support.ReportTable;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;

/** What the workbook holds: the run, the language, whether personal data is masked, and what each sheet lists. */
final class AboutSheet {

    private AboutSheet() {
    }

    static void write(Sheet sheet, ReportRun report, List<ReportTable> tables, CellStyles styles) {
        SheetText out = new SheetText(sheet, report.language());
        RunInfo run = report.run();
        out.line(styles.title(), out.text("Tierbench customer tiers", "Tierbench 客户分级"));
        out.line(null, out.text("Run", "运行"), run.runId());
        out.line(null, out.text("As of", "截至日期"), run.asOf().toString());
        out.line(null, out.text("Started", "开始时间"), String.valueOf(run.startedAt()));
        out.line(null, out.text("Finished", "完成时间"), String.valueOf(run.finishedAt()));
        out.line(null, out.text("Personal data masked", "个人信息已脱敏"),
                report.request().maskPersonalData() ? out.text("yes", "是") : out.text("no", "否"));
        out.blank();
        CellStyle wrapped = sheet.getWorkbook().createCellStyle();
        wrapped.setWrapText(true);
        out.line(styles.header(), out.text("Sheet", "工作表"), out.text("What it holds", "内容"));
        for (ReportTable table : tables) {
            out.line(null, table.title().in(report.language()), table.description().in(report.language()))
                    .getCell(1).setCellStyle(wrapped);
        }
        out.blank();
        out.line(styles.header(), out.text("Classifier", "分级方法"), out.text("Status", "状态"));
        for (RunInfo.ClassifierRun part : run.classifiers()) {
            out.line(null, part.classifier().name() + " " + part.classifier().version(), part.succeeded()
                    ? out.text("completed", "完成") : out.text("failed: ", "失败：") + part.failureReason());
        }
        out.widths(28, 100);
    }
}
