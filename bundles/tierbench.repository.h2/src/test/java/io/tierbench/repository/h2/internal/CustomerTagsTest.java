package io.tierbench.repository.h2.internal;

import static io.tierbench.api.repository.UpsertOutcome.INSERTED;
import static io.tierbench.api.repository.UpsertOutcome.UNCHANGED;
import static io.tierbench.api.repository.UpsertOutcome.UPDATED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.TagDefinition;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.api.repository.UnknownCustomerException;
import io.tierbench.api.repository.UpsertOutcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tags and tag definitions: what upsert and replace do, what a read returns, in which order. */
class CustomerTagsTest {

    private static final CustomerTag OLD_CUSTOMER = imported("c1", "客户类型", "老客户");
    private static final CustomerTag VIP = imported("c1", null, "VIP");
    private static final CustomerTag COLLECTOR = wecom("c2", "兴趣", "收藏");

    private final H2Database database = TestDatabases.inMemory();
    private final H2CustomerRepository repository = new H2CustomerRepository(database);

    @BeforeEach
    void storeCustomers() {
        TestData.store(repository, List.of(Customer.of("c1", "Wang"), Customer.of("c2", "Li")), List.of());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void upsertAddsMissingTagsAndLeavesPresentOnes() {
        // Four tags cross the test batch of three; the repeated tag is in the second batch.
        assertEquals(List.of(INSERTED, INSERTED, INSERTED, UNCHANGED),
                inTransaction(t -> t.upsertTags(List.of(OLD_CUSTOMER, VIP, COLLECTOR, OLD_CUSTOMER))));
        assertEquals(List.of(UNCHANGED, INSERTED, INSERTED, INSERTED), inTransaction(t -> t.upsertTags(List.of(VIP,
                wecom("c1", null, "VIP"), imported("c1", "等级", "VIP"), imported("c1", null, "VIP2")))));
        assertEquals(6, repository.countTags());
        // Source, then group with no group first, then name.
        assertEquals(List.of(VIP, imported("c1", null, "VIP2"), OLD_CUSTOMER, imported("c1", "等级", "VIP"),
                wecom("c1", null, "VIP")), repository.tagsOf("c1"));
        assertEquals(List.of(COLLECTOR), repository.tagsOf("c2"));
        assertEquals(List.of(), repository.tagsOf("nobody"));
    }

    @Test
    void aTagOfAnUnknownCustomerRejectsTheWholeBatch() {
        try (RepositoryTransaction transaction = repository.begin()) {
            UnknownCustomerException rejected = assertThrows(UnknownCustomerException.class,
                    () -> transaction.upsertTags(List.of(VIP, imported("nobody", null, "VIP"))));
            assertEquals("nobody", rejected.customerId());
            transaction.commit();
        }
        assertEquals(0, repository.countTags());
    }

    @Test
    void replaceMakesOneSourceExactlyTheGivenTagsAndLeavesOtherSourcesAlone() {
        inTransaction(t -> t.upsertTags(List.of(OLD_CUSTOMER, VIP, COLLECTOR)));
        CustomerTag a = wecom("c1", "组", "A");
        CustomerTag b = wecom("c1", "组", "B");
        CustomerTag c = wecom("c1", null, "C");

        assertEquals(INSERTED, replace("c1", List.of(a, b, a)));
        assertEquals(List.of(VIP, OLD_CUSTOMER, a, b), repository.tagsOf("c1"));
        assertEquals(UNCHANGED, replace("c1", List.of(b, a)));
        assertEquals(UPDATED, replace("c1", List.of(c, b)));
        assertEquals(List.of(VIP, OLD_CUSTOMER, c, b), repository.tagsOf("c1"));
        assertEquals(UPDATED, replace("c1", List.of()));
        assertEquals(List.of(VIP, OLD_CUSTOMER), repository.tagsOf("c1"));
        assertEquals(UNCHANGED, replace("c1", List.of()));
        assertEquals(List.of(COLLECTOR), repository.tagsOf("c2"));
        assertEquals(3, repository.countTags());
    }

    @Test
    void replacingManyCustomersAtOnceGivesEachExactlyItsTagsAndSaysWhatChanged() {
        List<Customer> more = new ArrayList<>();
        for (int i = 3; i <= 7; i++) {
            more.add(Customer.of("c" + i, "customer " + i));
        }
        TestData.store(repository, more, List.of());
        inTransaction(t -> t.upsertTags(List.of(OLD_CUSTOMER, rule("c1", "高频购买"), rule("c2", "沉睡"),
                rule("c3", "沉睡"), rule("c4", "大额消费"))));

        // Seven customers cross the test batch of three; c7 is listed with no tags and had none.
        List<UpsertOutcome> outcomes = inTransaction(t -> t.replaceTags(CustomerTag.RULE,
                List.of("c1", "c2", "c3", "c4", "c5", "c6", "c7"), List.of(rule("c1", "高频购买"), rule("c2", "大额消费"),
                        rule("c4", "大额消费"), rule("c4", "高频购买"), rule("c5", "沉睡"), rule("c1", "大额消费"))));

        assertEquals(List.of(UPDATED, UPDATED, UPDATED, UPDATED, INSERTED, UNCHANGED, UNCHANGED), outcomes);
        assertEquals(List.of(OLD_CUSTOMER, rule("c1", "大额消费"), rule("c1", "高频购买")), repository.tagsOf("c1"));
        assertEquals(List.of(rule("c2", "大额消费")), repository.tagsOf("c2"));
        assertEquals(List.of(), repository.tagsOf("c3"));
        assertEquals(List.of(rule("c4", "大额消费"), rule("c4", "高频购买")), repository.tagsOf("c4"));
        assertEquals(List.of(rule("c5", "沉睡")), repository.tagsOf("c5"));
        assertEquals(7, repository.countTags());
    }

    @Test
    void replacingManyRefusesATagOfACustomerNotListedAndWritesNothing() {
        inTransaction(t -> t.upsertTags(List.of(rule("c1", "沉睡"))));
        try (RepositoryTransaction transaction = repository.begin()) {
            assertThrows(IllegalArgumentException.class, () -> transaction.replaceTags(CustomerTag.RULE,
                    List.of("c1"), List.of(rule("c2", "沉睡"))));
            assertThrows(IllegalArgumentException.class, () -> transaction.replaceTags(CustomerTag.RULE,
                    List.of("c1", "c1"), List.of()));
            assertThrows(UnknownCustomerException.class, () -> transaction.replaceTags(CustomerTag.RULE,
                    List.of("c1", "nobody"), List.of()));
            transaction.commit();
        }
        assertEquals(List.of(rule("c1", "沉睡")), repository.tagsOf("c1"));
    }

    @Test
    void replaceRefusesUnknownCustomersAndTagsOfAnotherCustomerOrSource() {
        try (RepositoryTransaction transaction = repository.begin()) {
            assertThrows(UnknownCustomerException.class, () -> transaction.replaceTags("nobody", CustomerTag.WECOM,
                    List.of()));
            assertThrows(IllegalArgumentException.class, () -> transaction.replaceTags("c1", CustomerTag.WECOM,
                    List.of(wecom("c1", null, "A"), imported("c1", null, "B"))));
            assertThrows(IllegalArgumentException.class, () -> transaction.replaceTags("c1", CustomerTag.WECOM,
                    List.of(wecom("c2", null, "A"))));
            transaction.commit();
        }
        assertEquals(0, repository.countTags());
    }

    @Test
    void closingWithoutCommitStoresNoTagsNorDefinitions() {
        inTransaction(t -> t.upsertTags(List.of(COLLECTOR)));
        try (RepositoryTransaction transaction = repository.begin()) {
            transaction.upsertTags(List.of(OLD_CUSTOMER, VIP));
            transaction.replaceTags("c2", CustomerTag.WECOM, List.of(wecom("c2", null, "other")));
            transaction.upsertTagDefinitions(List.of(new TagDefinition("wecom", "t1", "VIP", null, null)));
            assertEquals(1, repository.countTags(), "uncommitted tags are invisible to other connections");
        }
        assertEquals(1, repository.countTags());
        assertEquals(List.of(COLLECTOR), repository.tagsOf("c2"));
        assertEquals(List.of(), repository.tagDefinitions("wecom"));
    }

    @Test
    void tagDefinitionsAreKeyedBySourceAndTagId() {
        TagDefinition oldCustomer = new TagDefinition("wecom", "et1", "老客户", "eg1", "客户类型");
        TagDefinition vip = new TagDefinition("wecom", "et2", "VIP", null, null);
        TagDefinition sameIdOtherSource = new TagDefinition("import", "et1", "老客户", null, null);
        TagDefinition collector = new TagDefinition("wecom", "et3", "收藏", "eg2", "兴趣");
        assertEquals(List.of(INSERTED, INSERTED, INSERTED, INSERTED), inTransaction(t -> t.upsertTagDefinitions(
                List.of(oldCustomer, vip, sameIdOtherSource, collector))));

        TagDefinition renamed = new TagDefinition("wecom", "et1", "老顾客", "eg1", "客户类型");
        assertEquals(List.of(UNCHANGED, UPDATED, UNCHANGED, UNCHANGED), inTransaction(t -> t.upsertTagDefinitions(
                List.of(vip, renamed, sameIdOtherSource, collector))));
        // Group name with no group first, then tag name.
        assertEquals(List.of(vip, collector, renamed), repository.tagDefinitions("wecom"));
        assertEquals(List.of(sameIdOtherSource), repository.tagDefinitions("import"));
        assertEquals(List.of(), repository.tagDefinitions("manual"));

        try (RepositoryTransaction transaction = repository.begin()) {
            assertThrows(IllegalArgumentException.class,
                    () -> transaction.upsertTagDefinitions(List.of(vip, vip)));
        }
    }

    @Test
    void everyTagIsStreamedOnceInCustomerSourceGroupNameOrder() {
        // 12 customers x 8 tags: pages of 30 end in the middle of a customer's tags.
        List<Customer> customers = new ArrayList<>();
        List<CustomerTag> tags = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String id = String.format("t%02d", i);
            customers.add(Customer.of(id, id));
            for (String source : List.of(CustomerTag.WECOM, CustomerTag.IMPORTED)) {
                for (String group : new String[] {"g", null}) {
                    tags.add(new CustomerTag(id, group, "b", source));
                    tags.add(new CustomerTag(id, group, "a", source));
                }
            }
        }
        TestData.store(repository, customers, List.of());
        List<CustomerTag> shuffled = new ArrayList<>(tags);
        Collections.shuffle(shuffled, new Random(3));
        inTransaction(t -> t.upsertTags(shuffled));

        List<CustomerTag> streamed = new ArrayList<>();
        repository.forEachTag(streamed::add);
        List<CustomerTag> expected = new ArrayList<>(tags);
        expected.sort(Comparator.comparing(CustomerTag::customerId).thenComparing(CustomerTag::source)
                .thenComparing(CustomerTag::group, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(CustomerTag::name));
        assertEquals(expected, streamed);
        assertEquals(List.of(new CustomerTag("t00", null, "a", "import"), new CustomerTag("t00", null, "b", "import"),
                new CustomerTag("t00", "g", "a", "import"), new CustomerTag("t00", "g", "b", "import"),
                new CustomerTag("t00", null, "a", "wecom")), streamed.subList(0, 5));
        assertEquals(96, repository.countTags());
    }

    private UpsertOutcome replace(String customerId, List<CustomerTag> tags) {
        return inTransaction(t -> t.replaceTags(customerId, CustomerTag.WECOM, tags));
    }

    private <R> R inTransaction(Function<RepositoryTransaction, R> work) {
        try (RepositoryTransaction transaction = repository.begin()) {
            R result = work.apply(transaction);
            transaction.commit();
            return result;
        }
    }

    private static CustomerTag imported(String customerId, String group, String name) {
        return new CustomerTag(customerId, group, name, CustomerTag.IMPORTED);
    }

    private static CustomerTag rule(String customerId, String name) {
        return new CustomerTag(customerId, null, name, CustomerTag.RULE);
    }

    private static CustomerTag wecom(String customerId, String group, String name) {
        return new CustomerTag(customerId, group, name, CustomerTag.WECOM);
    }
}
