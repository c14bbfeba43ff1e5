package io.tierbench.report.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.Label;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.api.repository.StoredClassification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one-pass merge of customers, purchase facts, classifications and tags, against the real H2 repository. */
class CustomerRecordsTest {

    private final ReportFixture shop = ReportFixture.open();

    @AfterEach
    void close() {
        shop.close();
    }

    @Test
    void everyCustomerOnceWithItsFactsLabelsAndTags() {
        List<CustomerRecord> records = read(shop.secondRun(), ReportFixture.SECOND_AS_OF);

        assertEquals(List.of("C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08", "C09"),
                records.stream().map(CustomerRecord::id).toList());
        CustomerRecord c01 = records.get(0);
        assertEquals(3, c01.facts().purchaseCount());
        assertEquals(0, new BigDecimal("12000.00").compareTo(c01.facts().totalSpend()));
        assertEquals(LocalDate.of(2026, 1, 10), c01.facts().lastPurchase());
        assertEquals(171L, c01.daysSinceLastPurchase());
        assertEquals(List.of("abc/class", "clv/historical", "clv/predictive", "lifecycle/stage", "rfm/segment",
                "rfm/value"), c01.classifications().stream().map(CustomerRecordsTest::scheme).toList());
        assertEquals(List.of("兴趣/收藏", "客户类型/老客户"),
                c01.tags().stream().map(CustomerTag::qualifiedName).sorted().toList());
        assertEquals("cant-lose-them", c01.label("rfm", "segment").key());
        assertEquals(new BigDecimal("0.1"), c01.score("clv", "predictive", "p_alive"));

        CustomerRecord c07 = records.get(6);
        assertEquals(0, c07.facts().purchaseCount());
        assertNull(c07.daysSinceLastPurchase());
        assertEquals(List.of(), c07.tags());
    }

    @Test
    void purchaseFactsCountOnlyPurchasesUpToTheRunsAsOfDate() {
        List<CustomerRecord> records = read(shop.firstRun(), ReportFixture.FIRST_AS_OF);

        assertEquals(0, records.get(2).facts().purchaseCount(), "C03 bought only after the first run");
        assertEquals(2, records.get(8).facts().purchaseCount());
        assertEquals(List.of("lifecycle/stage", "rfm/segment"),
                records.get(0).classifications().stream().map(CustomerRecordsTest::scheme).toList());
    }

    @Test
    void idsInAnyScriptMergeInTheRepositorysOrder() {
        List<String> ids = List.of("b-1", "B-2", "张三", "ä", "Z9", "客户10", "客户9", "😀", "ｚ1");
        try (RepositoryTransaction tx = shop.customers().begin()) {
            tx.upsertCustomers(ids.stream().map(id -> Customer.of(id, id)).toList());
            tx.upsertTags(ids.stream().map(id -> new CustomerTag(id, null, "tag of " + id, CustomerTag.IMPORTED))
                    .toList());
            tx.commit();
        }
        long run = shop.runs().startRun(ReportFixture.SECOND_AS_OF);
        shop.runs().saveResults(run, new ClassifierInfo("plugin", "Plugin", "1", Map.of()), "",
                ids.stream().map(id -> new Classification(id, "s", new Label("of-" + id, id, id), Map.of(), "why"))
                        .toList());

        List<CustomerRecord> records = read(run, ReportFixture.SECOND_AS_OF);

        assertEquals(ReportFixture.CUSTOMERS + ids.size(), records.size());
        for (CustomerRecord record : records) {
            boolean added = ids.contains(record.id());
            assertEquals(added ? List.of("tag of " + record.id()) : List.of(),
                    record.tags().stream().map(CustomerTag::name).filter(t -> t.startsWith("tag of")).toList());
            assertEquals(added ? "of-" + record.id() : null,
                    record.label("plugin", "s") == null ? null : record.label("plugin", "s").key());
        }
    }

    private List<CustomerRecord> read(long run, LocalDate asOf) {
        List<CustomerRecord> records = new ArrayList<>();
        CustomerRecords.forEach(shop.customers(), shop.runs(), run, asOf, records::add);
        return records;
    }

    private static String scheme(StoredClassification stored) {
        return stored.classifierId() + "/" + stored.classification().scheme();
    }
}
