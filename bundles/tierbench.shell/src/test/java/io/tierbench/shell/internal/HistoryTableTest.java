package io.tierbench.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.Label;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.api.repository.StoredClassification;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryTableTest {

    private static final Label LOYAL = new Label("loyal-customers", "Loyal Customers", "忠诚客户");
    private static final Label AT_RISK = new Label("at-risk", "At Risk", "有流失风险");
    private static final Label A = new Label("a", "Class A", "A类客户");

    @Test
    void aRowPerRunOldestFirstWithChangesMarked() {
        List<HistoryTable.RunLabels> runs = List.of(
                run(1, "2026-01-31", labelled("rfm", "segment", LOYAL)),
                run(2, "2026-02-28", labelled("rfm", "segment", LOYAL), labelled("abc", "class", A)),
                run(3, "2026-03-31", labelled("rfm", "segment", AT_RISK), labelled("abc", "class", A)));

        assertEquals(List.of(
                "Run | As of      | abc/class | rfm/segment",
                "----+------------+-----------+----------------",
                "  1 | 2026-01-31 | -         | Loyal Customers",
                "  2 | 2026-02-28 | Class A   | Loyal Customers",
                "  3 | 2026-03-31 | Class A   | At Risk *"), print(runs, "en"));
        assertEquals("   3 | 2026-03-31 | A类客户   | 有流失风险 *", print(runs, "zh").get(4));
    }

    private static HistoryTable.RunLabels run(long id, String asOf, StoredClassification... labels) {
        return new HistoryTable.RunLabels(new RunInfo(id, LocalDate.parse(asOf), null, null, List.of()),
                List.of(labels));
    }

    private static StoredClassification labelled(String classifier, String scheme, Label label) {
        return new StoredClassification(classifier, new Classification("C01", scheme, label, Map.of(), "why"));
    }

    private static List<String> print(List<HistoryTable.RunLabels> runs, String language) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        HistoryTable.of(runs, language).print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
