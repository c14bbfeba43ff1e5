package io.tierbench.report.csv.internal;

import io.tierbench.api.report.ReportGenerator;
import io.tierbench.api.report.ReportGeneratorService;
import io.tierbench.api.report.ReportRequest;
import io.tierbench.report.support.CellText;
import io.tierbench.report.support.ReportColumn;
import io.tierbench.report.support.ReportFiles;
import io.tierbench.report.support.ReportRun;
import io.tierbench.report.support.ReportTable;
import io.tierbench.report.support.ReportTables;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The classification table or an action list as one CSV file: a header row in the report's language, then a row per
 * customer, written as the rows stream from the repository.
 */
@Component(service = ReportGenerator.class, configurationPid = CsvReportGenerator.PID)
@ReportGeneratorService(id = "csv", format = "csv")
@Designate(ocd = CsvReportConfiguration.class)
public final class CsvReportGenerator implements ReportGenerator {

    static final String PID = "tierbench.report.csv";

    private final boolean byteOrderMark;
    private final CSVFormat format;

    @Activate
    public CsvReportGenerator(CsvReportConfiguration configuration) {
        if (configuration.delimiter().length() != 1) {
            throw new IllegalArgumentException("delimiter must be one character, not '" + configuration.delimiter()
                    + "'");
        }
        this.byteOrderMark = configuration.utf8_bom();
        this.format = CSVFormat.RFC4180.builder().setDelimiter(configuration.delimiter().charAt(0))
                .setRecordSeparator("\r\n").get();
    }

    @Override
    public void generate(ReportRequest request, Path target) throws IOException {
        ReportRun run = ReportRun.open(request);
        ReportTable table = ReportTables.of(run, request.content());
        String language = request.language();
        List<ReportColumn> columns = table.columns();
        ReportFiles.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (byteOrderMark) {
                writer.write('\uFEFF');
            }
            try (CSVPrinter printer = new CSVPrinter(writer, format)) {
                printer.printRecord(columns.stream().map(c -> c.header(language)));
                String[] record = new String[columns.size()];
                table.forEachRow(row -> {
                    for (int i = 0; i < record.length; i++) {
                        record[i] = SpreadsheetSafeText.of(CellText.of(row.get(i), columns.get(i).type(), language));
                    }
                    print(printer, record);
                });
            }
        });
    }

    private static void print(CSVPrinter printer, String[] record) {
        try {
            printer.printRecord((Object[]) record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
