package io.tierbench.tiering.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.Label;
import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.tiering.TierPolicy;
import io.tierbench.api.workbench.CustomerColumn;
import io.tierbench.classifier.support.testing.ComponentXml;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The tier column on the real H2 repository: the tier of the latest finished run, in both languages. */
class TierColumnTest {

    private static final Label GOLD = new Label("gold", "Gold", "金");
    private static final Label SILVER = new Label("silver", "Silver", "银");
    private static final Label VIP = new Label("vip", "VIP", "VIP");

    private final H2Fixture h2 = new H2Fixture();
    private final TierColumn column = new TierColumn(h2.runs);

    @AfterEach
    void closeDatabase() {
        h2.close();
    }

    @Test
    void registersTheTierColumn() throws Exception {
        ComponentXml xml = ComponentXml.of(TierColumn.class);

        assertEquals(CustomerColumn.class.getName(), xml.provides());
        assertEquals(Map.of("tierbench.column.id", "String:tier", "tierbench.column.titleEn", "String:Tier",
                "tierbench.column.titleZh", "String:分级", "tierbench.column.personal", "Boolean:false"),
                xml.properties());
    }

    @Test
    void showsTheTierOfTheLatestFinishedRunInBothLanguages() {
        h2.customers("c1", "王芳", "c2", "李强", "c3", "张伟");
        tiers(LocalDate.of(2026, 3, 31), true, Map.of("c1", GOLD, "c2", SILVER, "c3", VIP));
        tiers(LocalDate.of(2026, 6, 30), true, Map.of("c1", SILVER, "c3", VIP));
        // started, never finished: not the latest run
        tiers(LocalDate.of(2026, 9, 30), false, Map.of("c1", GOLD, "c2", GOLD));

        assertEquals("Silver 银", value("c1"));
        assertNull(value("c2"), "c2 had a tier only in an older run");
        assertEquals("VIP", value("c3"), "one name when both languages have the same");
    }

    @Test
    void isEmptyBeforeAnyRun() {
        h2.customers("c1", "王芳");

        assertNull(value("c1"));
    }

    @Test
    void readsOnlyTheTierNotAnotherClassifiersLabel() {
        h2.customers("c1", "王芳");
        h2.run(LocalDate.of(2026, 6, 30), Map.of("rfm", Map.of("tier", Map.of("c1", "champions"))));

        assertNull(value("c1"));
    }

    private Object value(String customerId) {
        return column.value(Customer.of(customerId, customerId), PurchaseFacts.none(customerId));
    }

    private void tiers(LocalDate asOf, boolean finished, Map<String, Label> tiers) {
        long runId = h2.runs.startRun(asOf);
        List<Classification> classifications = tiers.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Classification(e.getKey(), TierPolicy.SCHEME, e.getValue(), Map.of(), "hand-made"))
                .toList();
        h2.runs.saveResults(runId, new ClassifierInfo(TierPolicy.CLASSIFIER_ID, "Tier policy", "1", Map.of()), "",
                classifications);
        if (finished) {
            h2.runs.finishRun(runId);
        }
    }
}
