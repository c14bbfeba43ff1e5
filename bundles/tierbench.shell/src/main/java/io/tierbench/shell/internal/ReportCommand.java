package io.tierbench.shell.internal;

import io.tierbench.api.report.ReportContent;
import io.tierbench.api.report.ReportGenerator;
import io.tierbench.api.report.ReportGeneratorService;
import io.tierbench.api.report.ReportRequest;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.api.repository.RunRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

@Service
@Command(scope = "tierbench", name = "report",
        description = "Writes a report of a run with the report generator installed for the format: the HTML "
                + "dashboard, the Excel workbook, or the classification table or an action list as CSV or JSON "
                + "(生成报表), or the tiers and rule tags as WeCom tag files. Relative paths are resolved against the Tierbench home directory.")
public class ReportCommand implements Action {

    @Option(name = "--format", required = true, description = "html, xlsx, csv, json or wecom.")
    @Completion(value = StringsCompleter.class, values = {"html", "xlsx", "csv", "json", "wecom"})
    String format;

    @Option(name = "--content", description = "What a table format holds: table (the classification table; in a "
            + "workbook also the action lists and the summaries), contact (who to contact this week) or winback "
            + "(the win-back list). Default: table. The HTML dashboard ignores it.")
    @Completion(value = StringsCompleter.class, values = {"table", "contact", "winback"})
    String content = ReportContent.CLASSIFICATION_TABLE.key();

    @Option(name = "--run", description = "The run id. Default: the latest run.")
    Long runId;

    @Option(name = "--lang", description = "Language of headers and labels: en or zh. Default: en.")
    @Completion(value = StringsCompleter.class, values = {"en", "zh"})
    String language = "en";

    @Option(name = "--mask", description = "Mask personal data: phone numbers (138****5678), e-mail addresses, "
            + "WeChat ids and the names of persons (个人信息脱敏).")
    boolean mask;

    @Option(name = "--out", required = true, description = "The file to write; replaced when it exists. For wecom, "
            + "the folder to write the WeCom tag files into, created when missing.")
    @Completion(FileCompleter.class)
    String out;

    @Reference
    CustomerRepository customers;

    @Reference
    RunRepository runs;

    @Reference
    BundleContext bundleContext;

    @Override
    public Object execute() throws Exception {
        String wanted = format.toLowerCase(Locale.ROOT);
        if (!wanted.matches("[a-z0-9]+")) {
            throw new IllegalArgumentException("not a report format: " + format);
        }
        if (!language.equals("en") && !language.equals("zh")) {
            throw new IllegalArgumentException("--lang must be en or zh, not " + language);
        }
        ReportContent reportContent = ReportContent.fromKey(content);
        RunInfo run = RunSelection.select(runs, runId);
        Path target = HomePaths.resolve(out);
        ServiceReference<ReportGenerator> reference = bundleContext.getServiceReferences(ReportGenerator.class,
                "(" + ReportGeneratorService.FORMAT + "=" + wanted + ")").stream().max(ServiceReference::compareTo)
                .orElseThrow(() -> new IllegalArgumentException("no report generator installed for " + wanted
                        + ": install the feature tierbench-report-" + wanted));
        ReportGenerator generator = bundleContext.getService(reference);
        if (generator == null) {
            throw new IllegalStateException("the " + wanted + " report generator could not be activated: see the log");
        }
        try {
            generator.generate(new ReportRequest(run.runId(), reportContent, language, mask, customers, runs),
                    target);
        } finally {
            bundleContext.ungetService(reference);
        }
        System.out.printf("Wrote %s (%s, run %d as of %s%s, %,d bytes) 已生成报表%n", target, describe(wanted,
                reportContent), run.runId(), run.asOf(), mask ? ", personal data masked" : "", bytesWritten(target));
        return null;
    }

    /** The file's size, or for a generator that writes a folder, the sum of the files in it. */
    private static long bytesWritten(Path target) throws IOException {
        if (!Files.isDirectory(target)) {
            return Files.size(target);
        }
        try (Stream<Path> files = Files.list(target)) {
            long bytes = 0;
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                bytes += Files.size(file);
            }
            return bytes;
        }
    }

    private static String describe(String format, ReportContent content) {
        if (format.equals("html")) {
            return "dashboard";
        }
        if (format.equals("wecom")) {
            return "WeCom tag files, next steps in summary.txt";
        }
        return switch (content) {
            case CLASSIFICATION_TABLE -> format.equals("xlsx") ? "classification workbook" : "classification table";
            case CONTACT_THIS_WEEK -> "contact this week";
            case WIN_BACK -> "win-back list";
        };
    }
}
