package io.tierbench.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.engine.RunReport;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.OrderStatus;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.MigrationMatrix;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.api.tiering.ConfigurationChange;
import io.tierbench.api.tiering.CustomerMove;
import io.tierbench.api.tiering.Preview;
import io.tierbench.api.tiering.TagChange;
import io.tierbench.api.tiering.TierPolicy;
import io.tierbench.classifier.rfm.internal.RfmClassifier;
import io.tierbench.classifier.rfm.internal.RfmConfiguration;
import io.tierbench.classifier.support.standalone.ComponentConfigurations;
import io.tierbench.repository.h2.internal.H2CustomerRepository;
import io.tierbench.repository.h2.internal.H2Database;
import io.tierbench.repository.h2.internal.H2RepositoryConfiguration;
import io.tierbench.repository.h2.internal.H2RunRepository;
import io.tierbench.tiering.internal.JexlTierPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A dry run predicts exactly what applying the change and running again stores: the same migration matrices, the
 * same customers moving, the same rule tags gained and lost. Real H2 repository, real RFM classifier, real JEXL tier
 * policy; 60 customers with orders drawn from a fixed seed.
 */
class DryRunPreviewTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private H2Database database;
    private H2CustomerRepository customers;
    private H2RunRepository runs;
    private JexlTierPolicy policy;

    @BeforeEach
    void storeCustomersAndRunOnce() {
        database = new H2Database(new OsgiDataSourceFactory(new Driver()), ComponentConfigurations.of(
                H2RepositoryConfiguration.class, Map.of("url", "jdbc:h2:mem:dry-run-" + UUID.randomUUID())));
        customers = new H2CustomerRepository(database);
        runs = new H2RunRepository(database);
        storeCustomers();
        policy = new JexlTierPolicy(policy(), customers, runs);
        run(rfm(Map.of()));
        // The first run's rule tags are in place; the first policy was checked with no run yet, so load it again.
        policy.load(policy());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aClassifierDryRunEqualsApplyingTheChangeAndRunningAgain() {
        long before = runs.latestRun().orElseThrow().runId();
        Map<String, Set<String>> tagsBefore = ruleTags();
        Preview preview = dryRun().preview(new ConfigurationChange("tierbench.classifier.rfm",
                Map.of("window.days", "180"), false));
        assertEquals(1, runs.runs().size(), "a dry run stores no run");
        assertEquals(tagsBefore, ruleTags(), "a dry run changes no tag");

        long after = run(rfm(Map.of("window_days", 180))).runId();

        assertEquals(List.of("rfm/segment", "rfm/value", "tier/tier"), preview.matrices().stream()
                .map(m -> m.classifierId() + "/" + m.scheme()).toList());
        for (MigrationMatrix predicted : preview.matrices()) {
            MigrationMatrix actual = runs.migration(before, after, predicted.classifierId(), predicted.scheme());
            assertEquals(actual.labels(), predicted.labels(), predicted.classifierId() + "/" + predicted.scheme());
            assertEquals(actual.moves(), predicted.moves(), predicted.classifierId() + "/" + predicted.scheme());
            assertTrue(actual.moved() > 0, "the change moves customers in " + predicted.scheme());
        }
        assertEquals(movesBetween(before, after), preview.moves());
        assertEquals(tagChanges(tagsBefore, ruleTags()), preview.tagChanges());
        assertFalse(preview.tagChanges().isEmpty(), "the change moves the 冠军 tag");
    }

    @Test
    void aPolicyDryRunEqualsApplyingThePolicyAndRunningAgain() {
        long before = runs.latestRun().orElseThrow().runId();
        Map<String, Set<String>> tagsBefore = ruleTags();
        Map<String, Object> changes = Map.of("rule.30", "facts.purchases_180d >= 1 -> b",
                "tag.大额消费", "facts.max_order >= 300");
        Preview preview = dryRun().preview(new ConfigurationChange(TierPolicy.PID, changes, false));

        Map<String, Object> changed = new LinkedHashMap<>(policy());
        changed.putAll(changes);
        policy.load(changed);
        long after = run(rfm(Map.of())).runId();

        assertEquals(1, preview.matrices().size());
        MigrationMatrix predicted = preview.matrices().get(0);
        MigrationMatrix actual = runs.migration(before, after, TierPolicy.CLASSIFIER_ID, TierPolicy.SCHEME);
        assertEquals(actual.labels(), predicted.labels());
        assertEquals(actual.moves(), predicted.moves());
        assertTrue(actual.moved() > 0);
        assertEquals(movesBetween(before, after), preview.moves());
        assertEquals(tagChanges(tagsBefore, ruleTags()), preview.tagChanges());
        assertEquals(List.of("大额消费"), preview.tagChanges().stream().map(TagChange::tag).toList());
    }

    @Test
    void anUnknownPidOrPropertyOrAnInvalidPolicyIsRefusedWithTheReason() {
        DryRunPreview preview = dryRun();

        IllegalArgumentException unknownPid = assertThrows(IllegalArgumentException.class, () -> preview.preview(
                new ConfigurationChange("tierbench.classifier.rmf", Map.of("window.days", "1"), false)));
        assertEquals("no installed classifier has the configuration PID tierbench.classifier.rmf, nor is it "
                + "tierbench.tiering (installed: tierbench.classifier.rfm)", unknownPid.getMessage());
        IllegalArgumentException unknownKey = assertThrows(IllegalArgumentException.class, () -> preview.preview(
                new ConfigurationChange("tierbench.classifier.rfm", Map.of("window.dayz", "1"), false)));
        assertTrue(unknownKey.getMessage().startsWith("unknown property 'window.dayz'"), unknownKey.getMessage());
        IllegalArgumentException badRule = assertThrows(IllegalArgumentException.class, () -> preview.preview(
                new ConfigurationChange(TierPolicy.PID, Map.of("rule.30", "facts.purchases_180d >= -> b"), false)));
        assertEquals("Invalid tier policy (tierbench.tiering): rule.30 (line 1, column 22): parsing error in '>='",
                badRule.getMessage());
    }

    private DryRunPreview dryRun() {
        return new DryRunPreview(() -> List.of(handle(rfm(Map.of()))), customers, runs, () -> policy);
    }

    private RunReport run(Classifier rfm) {
        RunReport report = new RunExecutor(runs).execute(new RunContext(customers, AS_OF), List.of(handle(rfm)),
                policy);
        report.outcomes().forEach(outcome -> assertTrue(outcome.succeeded(), outcome.toString()));
        return report;
    }

    private static Classifier rfm(Map<String, Object> configuration) {
        return new RfmClassifier(ComponentConfigurations.of(RfmConfiguration.class, configuration));
    }

    private static Map<String, Object> policy() {
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("tiers", "vip; a; b; c");
        policy.put("tier.vip", "VIP | 贵宾 | Dedicated service and VIP offers | 专属服务与贵宾优惠");
        policy.put("tier.a", "A | A 类 | Regular contact and promotions | 定期联系与促销");
        policy.put("tier.b", "B | B 类 | Activation content | 激活内容");
        policy.put("tier.c", "C | C 类 | Win-back offers | 挽回优惠");
        policy.put("default.tier", "c");
        policy.put("rule.10", "rfm.segment =~ [\"champions\", \"loyal-customers\"] -> vip");
        policy.put("rule.20", "rfm.value =^ \"important\" -> a");
        policy.put("rule.30", "facts.purchases_90d >= 1 -> b");
        policy.put("tag.高频购买", "facts.purchases_90d >= 3");
        policy.put("tag.大额消费", "facts.max_order >= 500");
        policy.put("tag.价值/冠军", "rfm.segment == \"champions\"");
        return policy;
    }

    /** 60 customers, 0 to 9 purchases each over two years, amounts 20 to 620, a few refunds; fixed seed. */
    private void storeCustomers() {
        Random random = new Random(20260630);
        List<Customer> list = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            String id = String.format("c%02d", i);
            list.add(Customer.of(id, "客户" + i));
            int count = random.nextInt(10);
            for (int n = 0; n < count; n++) {
                LocalDateTime at = AS_OF.minusDays(random.nextInt(730)).atTime(10 + random.nextInt(8), 0);
                OrderStatus status = random.nextInt(12) == 0 ? OrderStatus.REFUNDED : OrderStatus.COMPLETED;
                orders.add(new Order(id + "-" + n, id, at, BigDecimal.valueOf(20 + random.nextInt(601)), null, 1,
                        null, null, status));
            }
        }
        try (RepositoryTransaction transaction = customers.begin()) {
            transaction.upsertCustomers(list);
            transaction.upsertOrders(orders);
            transaction.upsertTags(List.of(new CustomerTag("c01", null, "VIP", CustomerTag.MANUAL)));
            transaction.commit();
        }
    }

    /** @return every customer whose label changed between two stored runs, as a preview lists them */
    private List<CustomerMove> movesBetween(long before, long after) {
        Map<String, String> names = new HashMap<>();
        customers.forEachCustomer(c -> names.put(c.externalId(), c.name()));
        List<CustomerMove> moves = new ArrayList<>();
        Map<String, Map<String, io.tierbench.api.model.Label>> labelsBefore = labelsOf(before);
        Map<String, Map<String, io.tierbench.api.model.Label>> labelsAfter = labelsOf(after);
        Set<String> schemes = new TreeSet<>(labelsBefore.keySet());
        schemes.addAll(labelsAfter.keySet());
        for (String scheme : schemes) {
            Map<String, io.tierbench.api.model.Label> from = labelsBefore.getOrDefault(scheme, Map.of());
            Map<String, io.tierbench.api.model.Label> to = labelsAfter.getOrDefault(scheme, Map.of());
            Set<String> ids = new TreeSet<>(from.keySet());
            ids.addAll(to.keySet());
            for (String id : ids) {
                if (!Objects.equals(from.get(id), to.get(id))) {
                    String[] parts = scheme.split("/");
                    moves.add(new CustomerMove(id, names.get(id), parts[0], parts[1], from.get(id), to.get(id)));
                }
            }
        }
        return moves;
    }

    /** @return "classifier/scheme" to customer to label, of one stored run */
    private Map<String, Map<String, io.tierbench.api.model.Label>> labelsOf(long runId) {
        Map<String, Map<String, io.tierbench.api.model.Label>> labels = new TreeMap<>();
        runs.forEachClassification(runId, stored -> labels.computeIfAbsent(stored.classifierId() + "/"
                + stored.classification().scheme(), key -> new TreeMap<>()).put(stored.classification().customerId(),
                stored.classification().label()));
        return labels;
    }

    private Map<String, Set<String>> ruleTags() {
        Map<String, Set<String>> tags = new TreeMap<>();
        customers.forEachTag(tag -> {
            if (tag.source().equals(CustomerTag.RULE)) {
                tags.computeIfAbsent(tag.qualifiedName(), name -> new TreeSet<>()).add(tag.customerId());
            }
        });
        return tags;
    }

    private static List<TagChange> tagChanges(Map<String, Set<String>> before, Map<String, Set<String>> after) {
        Set<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        List<TagChange> changes = new ArrayList<>();
        for (String name : names) {
            Set<String> gained = new TreeSet<>(after.getOrDefault(name, Set.of()));
            gained.removeAll(before.getOrDefault(name, Set.of()));
            Set<String> lost = new TreeSet<>(before.getOrDefault(name, Set.of()));
            lost.removeAll(after.getOrDefault(name, Set.of()));
            if (!gained.isEmpty() || !lost.isEmpty()) {
                changes.add(new TagChange(name, List.copyOf(gained), List.copyOf(lost)));
            }
        }
        return changes;
    }

    private static ClassifierHandle handle(Classifier classifier) {
        return new ClassifierHandle() {
            @Override
            public ClassifierInfo identity() {
                return new ClassifierInfo("rfm", "RFM", "1.0.0", Map.of());
            }

            @Override
            public Classifier acquire() {
                return classifier;
            }

            @Override
            public boolean isPresent() {
                return true;
            }

            @Override
            public void release() {
            }
        };
    }
}
