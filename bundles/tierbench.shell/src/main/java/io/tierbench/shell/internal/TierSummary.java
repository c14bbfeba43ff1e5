package io.tierbench.shell.internal;

import io.tierbench.api.repository.LabelCount;
import io.tierbench.api.repository.RunInfo;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints the label distribution of a run, one table per classifier and scheme, in English and Chinese. */
final class TierSummary {

    private TierSummary() {
    }

    /** Prints each classifier of the run: its version, and its summary or why it failed. */
    static void printClassifiers(PrintStream out, RunInfo run) {
        for (RunInfo.ClassifierRun part : run.classifiers()) {
            out.printf("  %-14s %-8s %s%n", part.classifier().id(), part.classifier().version(),
                    part.succeeded() ? "ok" : "FAILED: " + part.failureReason());
        }
        printSummaries(out, run);
    }

    /** Prints the run-level summary each classifier left (breakpoints, fitted parameters, company NPS). */
    static void printSummaries(PrintStream out, RunInfo run) {
        run.classifiers().stream().filter(part -> part.succeeded() && !part.summary().isBlank())
                .forEach(part -> out.printf("%s: %s%n", part.classifier().id(), part.summary()));
    }

    static void print(PrintStream out, List<LabelCount> counts) {
        Map<String, List<LabelCount>> byScheme = new LinkedHashMap<>();
        for (LabelCount count : counts) {
            byScheme.computeIfAbsent(count.classifierId() + " / " + count.scheme(), k -> new ArrayList<>())
                    .add(count);
        }
        if (byScheme.isEmpty()) {
            out.println("No labels in this run (本次运行没有标签).");
        }
        byScheme.forEach((scheme, rows) -> printScheme(out, scheme, rows));
    }

    private static void printScheme(PrintStream out, String scheme, List<LabelCount> rows) {
        long total = rows.stream().mapToLong(LabelCount::customers).sum();
        out.println();
        out.println(scheme + " — " + total + " customers (客户)");
        TextTable table = new TextTable("Label", "标签", "Customers", "Share").alignRight(2).alignRight(3);
        for (LabelCount row : rows) {
            table.addRow(row.label().en(), row.label().zh(), row.customers(),
                    String.format("%.1f %%", 100.0 * row.customers() / total));
        }
        table.print(out);
    }
}
