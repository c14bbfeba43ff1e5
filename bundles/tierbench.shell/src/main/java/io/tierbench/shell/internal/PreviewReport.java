package io.tierbench.shell.internal;

import io.tierbench.api.model.Label;
import io.tierbench.api.repository.MigrationMatrix;
import io.tierbench.api.tiering.CustomerMove;
import io.tierbench.api.tiering.Preview;
import io.tierbench.api.tiering.TagChange;
import java.io.PrintStream;
import java.util.List;

/** A dry run as text: a matrix per scheme, the customers who would move, the rule tags that would change. */
final class PreviewReport {

    private PreviewReport() {
    }

    /** @param limit how many moving customers and tag holders to list; the counts are always complete */
    static void print(Preview preview, String language, int limit, PrintStream out) {
        out.printf("Dry run of %s against run %d as of %s: nothing was stored (预演，未保存).%n",
                preview.change().pid(), preview.baseRunId(), preview.asOf());
        for (MigrationMatrix matrix : preview.matrices()) {
            long customers = matrix.moves().stream().mapToLong(MigrationMatrix.Move::customers).sum();
            out.println();
            out.printf("%s/%s: %d of %d customers would change label (将变动的客户)%n", matrix.classifierId(),
                    matrix.scheme(), matrix.moved() + arrivals(matrix), customers);
            MigrationTable.of(matrix, language).print(out);
        }
        out.println();
        List<CustomerMove> moves = preview.moves();
        out.printf("Customers who would move: %d (变动客户)%n", moves.size());
        if (!moves.isEmpty()) {
            TextTable table = new TextTable("Customer", "Name", "Scheme", "From", "To");
            moves.stream().limit(limit).forEach(move -> table.addRow(move.customerId(), move.name(),
                    move.classifierId() + "/" + move.scheme(), name(move.from(), language), name(move.to(), language)));
            table.print(out);
            if (moves.size() > limit) {
                out.printf("... and %d more (--limit to list more)%n", moves.size() - limit);
            }
        }
        out.println();
        out.printf("Rule tags that would change: %d (规则标签变化)%n", preview.tagChanges().size());
        for (TagChange change : preview.tagChanges()) {
            out.printf("  %s: +%d%s, -%d%s%n", change.tag(), change.gained().size(), listed(change.gained(), limit),
                    change.lost().size(), listed(change.lost(), limit));
        }
        if (!preview.notes().isEmpty()) {
            out.println();
            out.println("Notes (说明):");
            preview.notes().forEach(note -> out.println("  " + note));
        }
    }

    /** Customers labelled only on one side count as changing too. */
    private static long arrivals(MigrationMatrix matrix) {
        return matrix.moves().stream().filter(m -> (m.fromLabel() == null) != (m.toLabel() == null))
                .mapToLong(MigrationMatrix.Move::customers).sum();
    }

    private static String listed(List<String> customerIds, int limit) {
        if (customerIds.isEmpty()) {
            return "";
        }
        String shown = String.join(", ", customerIds.subList(0, Math.min(limit, customerIds.size())));
        return " (" + shown + (customerIds.size() > limit ? ", ..." : "") + ")";
    }

    private static String name(Label label, String language) {
        return label == null ? ("zh".equals(language) ? "(无)" : "(none)") : label.in(language);
    }
}
