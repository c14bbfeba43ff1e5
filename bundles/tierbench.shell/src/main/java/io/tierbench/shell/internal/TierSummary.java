package io.tierbench.shell.internal;

import io.tierbench.api.repository.LabelCount;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.support.table.ShellTable;

/** Prints the label distribution of a run, one table per classifier and scheme, in English and Chinese. */
final class TierSummary {

    private TierSummary() {
    }

    static void print(PrintStream out, List<LabelCount> counts) {
        Map<String, List<LabelCount>> byScheme = new LinkedHashMap<>();
        for (LabelCount count : counts) {
            byScheme.computeIfAbsent(count.classifierId() + " / " + count.scheme(), k -> new java.util.ArrayList<>())
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
        ShellTable table = new ShellTable();
        table.column("Label");
        table.column("标签");
        table.column("Customers").alignRight();
        table.column("Share").alignRight();
        for (LabelCount row : rows) {
            table.addRow().addContent(row.label().en(), row.label().zh(), row.customers(),
                    String.format("%.1f %%", 100.0 * row.customers() / total));
        }
        table.print(out);
    }
}
