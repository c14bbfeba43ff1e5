package io.tierbench.shell.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.Label;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.api.repository.StoredClassification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A customer's labels across runs: a row per run, oldest first, a column per classifier and scheme. A label that
 * differs from the customer's label in the previous run that had one is marked with {@value #CHANGED}.
 */
final class HistoryTable {

    static final String CHANGED = " *";

    /**
     * @param run a run
     * @param classifications the customer's classifications in it
     */
    record RunLabels(RunInfo run, List<StoredClassification> classifications) {
    }

    private HistoryTable() {
    }

    /**
     * @param runs the runs, oldest first
     * @param language {@code en} or {@code zh}
     */
    static TextTable of(List<RunLabels> runs, String language) {
        TreeSet<String> schemes = new TreeSet<>();
        List<Map<String, Label>> labelsByRun = new ArrayList<>();
        for (RunLabels run : runs) {
            Map<String, Label> labels = new LinkedHashMap<>();
            for (StoredClassification stored : run.classifications()) {
                Classification c = stored.classification();
                labels.put(stored.classifierId() + "/" + c.scheme(), c.label());
            }
            schemes.addAll(labels.keySet());
            labelsByRun.add(labels);
        }
        List<String> headers = new ArrayList<>(List.of("zh".equals(language) ? "运行" : "Run",
                "zh".equals(language) ? "截至日期" : "As of"));
        headers.addAll(schemes);
        TextTable table = new TextTable(headers.toArray(String[]::new)).alignRight(0);
        Map<String, String> previous = new HashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            List<Object> row = new ArrayList<>(List.of(runs.get(i).run().runId(), runs.get(i).run().asOf()));
            for (String scheme : schemes) {
                Label label = labelsByRun.get(i).get(scheme);
                if (label == null) {
                    row.add("-");
                    continue;
                }
                String before = previous.put(scheme, label.key());
                row.add(label.in(language) + (before != null && !before.equals(label.key()) ? CHANGED : ""));
            }
            table.addRow(row.toArray());
        }
        return table;
    }
}
