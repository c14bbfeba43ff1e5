package io.tierbench.report.xlsx.internal;

import io.tierbench.api.repository.LabelCount;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.report.support.ColumnType;
import io.tierbench.report.support.SchemeColumns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * One classifier's part of the run on a sheet: its version and status, the distribution of each of its schemes
 * (label, key, customers, share), the summary it left (breakpoints, fitted parameters) and its configuration.
 */
final class SummarySheet {

    private SummarySheet() {
    }

    static void write(Sheet sheet, RunInfo run, RunInfo.ClassifierRun part, List<LabelCount> distribution,
            List<SchemeColumns> schemes, CellStyles styles, String language) {
        SheetText out = new SheetText(sheet, language);
        String id = part.classifier().id();
        out.line(styles.title(), part.classifier().name() + " (" + id + ")");
        out.line(null, out.text("Run", "运行"), run.runId());
        out.line(null, out.text("As of", "截至日期"), run.asOf().toString());
        out.line(null, out.text("Version", "版本"), part.classifier().version());
        out.line(null, out.text("Status", "状态"), part.succeeded() ? out.text("completed", "完成")
                : out.text("failed: ", "失败：") + part.failureReason());
        byScheme(id, distribution).forEach((scheme, counts) -> {
            out.blank();
            out.line(styles.header(), heading(schemes, id, scheme, language));
            out.line(styles.header(), out.text("Label", "分级"), out.text("Key", "键"), out.text("Customers", "客户数"),
                    out.text("Share", "占比"));
            long total = counts.stream().mapToLong(LabelCount::customers).sum();
            for (LabelCount count : counts) {
                Row row = out.line(null, count.label().in(language), count.label().key(), count.customers(),
                        (double) count.customers() / total);
                row.getCell(2).setCellStyle(styles.of(ColumnType.INTEGER));
                row.getCell(3).setCellStyle(styles.share());
            }
            out.line(styles.header(), out.text("Total", "合计"), null, total);
        });
        if (part.summary() != null && !part.summary().isBlank()) {
            out.blank();
            out.line(styles.header(), out.text("Run summary", "运行摘要"));
            part.summary().lines().forEach(line -> out.line(null, line));
        }
        out.blank();
        out.line(styles.header(), out.text("Configuration", "配置"));
        new TreeMap<>(part.classifier().configuration()).forEach((key, value) -> out.line(null, key, value));
        out.widths(36, 24, 12, 10);
    }

    private static Map<String, List<LabelCount>> byScheme(String classifierId, List<LabelCount> distribution) {
        Map<String, List<LabelCount>> byScheme = new LinkedHashMap<>();
        for (LabelCount count : distribution) {
            if (count.classifierId().equals(classifierId)) {
                byScheme.computeIfAbsent(count.scheme(), k -> new ArrayList<>()).add(count);
            }
        }
        return byScheme;
    }

    private static String heading(List<SchemeColumns> schemes, String classifierId, String scheme,
            String language) {
        return schemes.stream().filter(s -> s.classifierId().equals(classifierId) && s.scheme().equals(scheme))
                .map(s -> s.label().header(language)).findFirst().orElse(classifierId + " · " + scheme);
    }
}
