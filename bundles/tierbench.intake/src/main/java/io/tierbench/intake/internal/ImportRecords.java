package io.tierbench.intake.internal;

import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.RowError;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes what an import did beside the other imports' records: a text report for people and, when rows were
 * rejected, a CSV of them (file, row, column, value, reason) that opens in Excel, so the shop can fix the rows and
 * import the rejects file's rows again.
 */
final class ImportRecords {

    /** Excel takes a CSV for the local ANSI code page unless it starts with a byte-order mark. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private ImportRecords() {
    }

    static String summary(ImportReport report) {
        return String.format(Locale.ROOT, "%s (%s): %d rows: %d inserted, %d updated, %d unchanged, %d rejected%s%s",
                report.file(), report.kind().name().toLowerCase(Locale.ROOT), report.rows(), report.inserted(),
                report.updated(), report.unchanged(), report.rejected(),
                report.customersCreated() > 0 ? ", " + report.customersCreated() + " customers created" : "",
                report.committed() ? "" : " — nothing stored (strict mode)");
    }

    static Path writeReport(Path target, ImportReport report, String importer) throws IOException {
        Files.createDirectories(target.getParent());
        StringBuilder text = new StringBuilder()
                .append("Import report (导入报告)\n")
                .append("importer: ").append(importer).append('\n')
                .append(summary(report)).append('\n');
        for (RowError error : report.errors()) {
            text.append("  ").append(error).append('\n');
        }
        Files.writeString(target, text, StandardCharsets.UTF_8);
        return target;
    }

    static Path writeFailure(Path target, String file, String message) throws IOException {
        Files.createDirectories(target.getParent());
        Files.writeString(target, "Import report (导入报告)\n" + file + ": import failed, nothing stored (导入失败，未存储任何数据): "
                + message + "\n", StandardCharsets.UTF_8);
        return target;
    }

    /** @return the rejects file, or {@code null} when no row was rejected and none was written */
    static Path writeRejects(Path target, ImportReport report) throws IOException {
        if (report.errors().isEmpty()) {
            return null;
        }
        Files.createDirectories(target.getParent());
        try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            writer.write(BYTE_ORDER_MARK);
            CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader("file", "row", "column", "value", "reason")
                    .get().print(writer);
            for (RowError error : report.errors()) {
                printer.printRecord(error.file(), error.row(), error.column(), error.value(), error.reason());
            }
            printer.flush();
        }
        return target;
    }
}
