package io.tierbench.shell.internal;

import io.tierbench.api.model.Label;
import io.tierbench.api.repository.MigrationMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A migration matrix as text: a row per label in the earlier run, a column per label in the later run, each cell
 * the customers who moved from the one to the other. Customers who kept their label sit on the diagonal, shown in
 * brackets; a row or column "(none)" holds customers labelled in only one of the runs.
 */
final class MigrationTable {

    private MigrationTable() {
    }

    static TextTable of(MigrationMatrix matrix, String language) {
        boolean zh = "zh".equals(language);
        List<Label> rows = withNone(matrix, true);
        List<Label> columns = withNone(matrix, false);
        List<String> headers = new ArrayList<>();
        headers.add(zh ? "从 \\ 到" : "from \\ to");
        columns.forEach(label -> headers.add(name(label, language)));
        headers.add(zh ? "合计" : "Total");
        TextTable table = new TextTable(headers.toArray(String[]::new));
        for (int i = 1; i < headers.size(); i++) {
            table.alignRight(i);
        }
        long[] columnTotals = new long[columns.size()];
        for (Label from : rows) {
            List<Object> cells = new ArrayList<>();
            cells.add(name(from, language));
            long rowTotal = 0;
            for (int c = 0; c < columns.size(); c++) {
                Label to = columns.get(c);
                long count = matrix.count(key(from), key(to));
                rowTotal += count;
                columnTotals[c] += count;
                boolean stayed = from != null && to != null && Objects.equals(key(from), key(to));
                cells.add(count == 0 ? "-" : stayed ? "[" + count + "]" : count);
            }
            cells.add(rowTotal);
            table.addRow(cells.toArray());
        }
        List<Object> totals = new ArrayList<>();
        totals.add(zh ? "合计" : "Total");
        long all = 0;
        for (long total : columnTotals) {
            totals.add(total);
            all += total;
        }
        totals.add(all);
        table.addRow(totals.toArray());
        return table;
    }

    /** @return the matrix's labels, and {@code null} ("none") last when customers came or went on that side */
    private static List<Label> withNone(MigrationMatrix matrix, boolean fromSide) {
        List<Label> labels = new ArrayList<>(matrix.labels());
        boolean none = matrix.moves().stream()
                .anyMatch(move -> (fromSide ? move.fromLabel() : move.toLabel()) == null);
        if (none) {
            labels.add(null);
        }
        return labels;
    }

    private static String key(Label label) {
        return label == null ? null : label.key();
    }

    private static String name(Label label, String language) {
        if (label == null) {
            return "zh".equals(language) ? "(无)" : "(none)";
        }
        return label.in(language);
    }
}
