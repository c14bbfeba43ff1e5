package io.tierbench.report.xlsx.internal;

import io.tierbench.api.report.ReportGenerator;
import io.tierbench.api.report.ReportGeneratorService;
import io.tierbench.api.report.ReportRequest;
import io.tierbench.report.support.ReportFiles;
import io.tierbench.report.support.ReportRun;
import java.io.IOException;
import java.nio.file.Path;
import org.osgi.service.component.annotations.Component;

/**
 * The customer classification workbook (客户分级表.xlsx) of a run, for the shop owner and the sales team: the table
 * with frozen header, filters and number formats, the action lists, and a summary sheet per classifier; or one
 * action list alone. Headers, labels and sheet names follow the report's language.
 */
@Component(service = ReportGenerator.class)
@ReportGeneratorService(id = "xlsx", format = "xlsx")
public final class XlsxReportGenerator implements ReportGenerator {

    @Override
    public void generate(ReportRequest request, Path target) throws IOException {
        ReportRun run = ReportRun.open(request);
        ReportFiles.write(target, out -> new RunWorkbook(run, request.content()).write(out));
    }
}
