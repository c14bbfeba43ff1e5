package io.tierbench.report.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.ClassificationException;
import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.Label;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.OrderStatus;
import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.api.report.ReportContent;
import io.tierbench.api.report.ReportRequest;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.LabelCount;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.classifier.abc.internal.AbcClassifier;
import io.tierbench.classifier.abc.internal.AbcConfiguration;
import io.tierbench.classifier.clv.internal.ClvClassifier;
import io.tierbench.classifier.clv.internal.ClvConfiguration;
import io.tierbench.classifier.lifecycle.internal.LifecycleClassifier;
import io.tierbench.classifier.lifecycle.internal.LifecycleConfiguration;
import io.tierbench.classifier.rfm.internal.RfmClassifier;
import io.tierbench.classifier.rfm.internal.RfmConfiguration;
import io.tierbench.classifier.support.standalone.ComponentConfigurations;
import io.tierbench.classifier.support.standalone.RepositoryContext;
import io.tierbench.repository.h2.internal.H2CustomerRepository;
import io.tierbench.repository.h2.internal.H2Database;
import io.tierbench.repository.h2.internal.H2RepositoryConfiguration;
import io.tierbench.repository.h2.internal.H2RunRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The action lists and the table over labels written by the shipped classifiers themselves, on a generated shop
 * (fixed seed): proves the lists read the label keys those classifiers really hand out, and that every customer's
 * labels reach its own row.
 */
class ShippedClassifiersActionListTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final int CUSTOMERS = 600;

    private final H2Database database = new H2Database(new OsgiDataSourceFactory(new Driver()),
            ComponentConfigurations.of(H2RepositoryConfiguration.class,
                    Map.of("url", "jdbc:h2:mem:shipped-" + System.nanoTime(), "batch_size", 50)));
    private final H2CustomerRepository customers = new H2CustomerRepository(database);
    private final H2RunRepository runs = new H2RunRepository(database);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void listsMatchTheStoredLabelsOfEveryCustomer() throws ClassificationException {
        generateShop(new Random(20260630L));
        long run = classify();
        ReportRun report = ReportRun.open(new ReportRequest(run, ReportContent.CLASSIFICATION_TABLE, "en", false,
                customers, runs));

        assertKeysTheCriteriaReadAreHandedOut(run);
        ActionList contact = ActionList.of(report, ActionCriteria.CONTACT_THIS_WEEK);
        ActionList winBack = ActionList.of(report, ActionCriteria.WIN_BACK);
        assertFalse(contact.customerIds().isEmpty());
        assertFalse(winBack.customerIds().isEmpty());
        assertEquals(expectedContact(run), contact.customerIds());
        assertEquals(expectedWinBack(run), winBack.customerIds());
        assertTableLabelsAddUpToTheDistribution(report);
    }

    private void assertKeysTheCriteriaReadAreHandedOut(long run) {
        Set<String> handedOut = new java.util.HashSet<>();
        runs.labelDistribution(run).forEach(c -> handedOut.add(c.classifierId() + "." + c.scheme() + "="
                + c.label().key()));
        for (String key : List.of("lifecycle.stage=at-risk", "lifecycle.stage=churned", "abc.class=a",
                "abc.class=b", "clv.historical=top")) {
            assertTrue(handedOut.contains(key), key + " in " + handedOut);
        }
        assertTrue(handedOut.contains("rfm.segment=at-risk") || handedOut.contains("rfm.segment=cant-lose-them"),
                handedOut.toString());
        assertTrue(handedOut.contains("rfm.value=important-winback")
                || handedOut.contains("rfm.value=important-retention"), handedOut.toString());
    }

    /** The contact rule restated over the repository's per-scheme label maps. */
    private List<String> expectedContact(long run) {
        Map<String, String> stage = runs.labels(run, "lifecycle", "stage");
        Map<String, String> segment = runs.labels(run, "rfm", "segment");
        Map<String, String> predictive = runs.labels(run, "clv", "predictive");
        Map<String, String> historical = runs.labels(run, "clv", "historical");
        return bySpend(id -> {
            if ("churned".equals(stage.get(id))) {
                return false;
            }
            String tier = predictive.containsKey(id) ? predictive.get(id) : historical.get(id);
            return Set.of("at-risk", "cant-lose-them").contains(segment.get(id))
                    || "at-risk".equals(stage.get(id)) && "top".equals(tier);
        });
    }

    private List<String> expectedWinBack(long run) {
        Map<String, String> stage = runs.labels(run, "lifecycle", "stage");
        Map<String, String> abc = runs.labels(run, "abc", "class");
        Map<String, String> segment = runs.labels(run, "rfm", "segment");
        Map<String, String> value = runs.labels(run, "rfm", "value");
        Map<String, String> historical = runs.labels(run, "clv", "historical");
        return bySpend(id -> "churned".equals(stage.get(id)) && (Set.of("a", "b").contains(abc.get(id))
                || Set.of("at-risk", "cant-lose-them").contains(segment.get(id))
                || Set.of("important-retention", "important-winback").contains(value.get(id))
                || "top".equals(historical.get(id))));
    }

    private List<String> bySpend(java.util.function.Predicate<String> picked) {
        List<PurchaseFacts> facts = new ArrayList<>();
        customers.forEachPurchaseFacts(null, AS_OF, facts::add);
        return facts.stream().filter(f -> picked.test(f.customerId()))
                .sorted(Comparator.comparing(PurchaseFacts::totalSpend).reversed()
                        .thenComparing(PurchaseFacts::customerId))
                .map(PurchaseFacts::customerId).toList();
    }

    private void assertTableLabelsAddUpToTheDistribution(ReportRun report) {
        ClassificationTable table = new ClassificationTable(report);
        List<ReportColumn> columns = table.columns();
        Map<String, Long> counted = new HashMap<>();
        long[] rows = {0};
        table.forEachRow(row -> {
            rows[0]++;
            for (int i = 0; i < columns.size(); i++) {
                if (row.get(i) instanceof Label label && columns.get(i).key().contains(".")) {
                    counted.merge(columns.get(i).key() + "=" + label.key(), 1L, Long::sum);
                }
                if (row.get(i) instanceof Label label && columns.get(i).key().equals("lifecycle_stage")) {
                    counted.merge("lifecycle.stage=" + label.key(), 1L, Long::sum);
                }
            }
        });
        Map<String, Long> stored = new HashMap<>();
        for (LabelCount count : report.distribution()) {
            stored.put(count.classifierId() + "." + count.scheme() + "=" + count.label().key(), count.customers());
        }
        assertEquals(customers.countCustomers(), rows[0]);
        assertEquals(stored, counted);
    }

    private long classify() throws ClassificationException {
        RepositoryContext context = new RepositoryContext(customers, AS_OF);
        long run = runs.startRun(AS_OF);
        store(run, "rfm", new RfmClassifier(ComponentConfigurations.of(RfmConfiguration.class, Map.of())), context);
        store(run, "abc", new AbcClassifier(ComponentConfigurations.of(AbcConfiguration.class, Map.of())), context);
        store(run, "clv", new ClvClassifier(ComponentConfigurations.of(ClvConfiguration.class, Map.of())), context);
        store(run, "lifecycle", new LifecycleClassifier(ComponentConfigurations.of(LifecycleConfiguration.class,
                Map.of())), context);
        runs.finishRun(run);
        return run;
    }

    private void store(long run, String id, Classifier classifier, RepositoryContext context)
            throws ClassificationException {
        ClassifierResult result = classifier.classify(context);
        runs.saveResults(run, new ClassifierInfo(id, id, "1.0.0", classifier.configuration()), result.summary(),
                result.classifications());
    }

    /** Customers who buy at their own pace from a start date, some of whom stop buying at some point. */
    private void generateShop(Random random) {
        List<Customer> shop = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
        LocalDate opening = LocalDate.of(2023, 1, 1);
        for (int i = 0; i < CUSTOMERS; i++) {
            String id = String.format("K%04d", i);
            shop.add(Customer.of(id, "客户" + i));
            if (random.nextInt(10) == 0) {
                continue;
            }
            LocalDate day = opening.plusDays(random.nextInt(1200));
            LocalDate stop = random.nextBoolean() ? AS_OF : day.plusDays(random.nextInt(900));
            int meanGap = 15 + random.nextInt(180);
            BigDecimal typical = BigDecimal.valueOf(50 + random.nextInt(3000));
            for (int n = 0; !day.isAfter(stop) && !day.isAfter(AS_OF); n++) {
                BigDecimal amount = typical.multiply(BigDecimal.valueOf(50 + random.nextInt(100)))
                        .divide(BigDecimal.valueOf(100)).setScale(2, java.math.RoundingMode.HALF_UP);
                orders.add(new Order(id + "-" + n, id, day.atTime(12, 0), amount, null, 1, null, null,
                        OrderStatus.COMPLETED));
                day = day.plusDays(1 + random.nextInt(2 * meanGap));
            }
        }
        try (RepositoryTransaction tx = customers.begin()) {
            tx.upsertCustomers(shop);
            tx.upsertOrders(orders);
            tx.commit();
        }
    }
}
