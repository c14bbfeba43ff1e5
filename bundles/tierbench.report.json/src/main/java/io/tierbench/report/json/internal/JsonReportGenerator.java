package io.tierbench.report.json.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.tierbench.api.report.ReportGenerator;
import io.tierbench.api.report.ReportGeneratorService;
import io.tierbench.api.report.ReportRequest;
import io.tierbench.report.support.ReportFiles;
import io.tierbench.report.support.ReportRun;
import io.tierbench.report.support.ReportTable;
import io.tierbench.report.support.ReportTables;
import java.io.IOException;
import java.nio.file.Path;
import org.osgi.service.component.annotations.Component;

/**
 * The classification table or an action list as one JSON document, written with Jackson's streaming generator as
 * the rows stream from the repository: the run, the columns, then one object per customer keyed by column key.
 *
 * <pre>
 * {"report": "classification-table", "title": ..., "description": ..., "language": "en", "masked": false,
 *  "run": {"id": 2, "asOf": "2026-06-30", ..., "classifiers": [{"id": "rfm", ..., "summary": ...}]},
 *  "columns": [{"key": "customer_id", "header": "Customer id", "type": "text"}, ...],
 *  "rows": [{"customer_id": "C01", "total_spend": 12000.00, "rfm.segment": {"key": "cant-lose-them",
 *            "label": "Can't Lose Them"}, ...}, ...],
 *  "rowCount": 9}
 * </pre>
 */
@Component(service = ReportGenerator.class)
@ReportGeneratorService(id = "json", format = "json")
public final class JsonReportGenerator implements ReportGenerator {

    private final JsonFactory factory = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    @Override
    public void generate(ReportRequest request, Path target) throws IOException {
        ReportRun run = ReportRun.open(request);
        ReportTable table = ReportTables.of(run, request.content());
        ReportFiles.write(target, out -> {
            try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
                json.useDefaultPrettyPrinter();
                new JsonReportWriter(json, run, table).write();
            }
        });
    }
}
