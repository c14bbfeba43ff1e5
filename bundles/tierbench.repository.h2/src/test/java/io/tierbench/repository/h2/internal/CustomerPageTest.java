package io.tierbench.repository.h2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.CustomerType;
import io.tierbench.api.model.Label;
import io.tierbench.api.model.OrderStatus;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.CustomerPage;
import io.tierbench.api.repository.CustomerQuery;
import io.tierbench.api.repository.CustomerSort;
import io.tierbench.api.repository.LabelCriterion;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.api.repository.RunLabel;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The customer table's page query on seven hand-built customers:
 *
 * <pre>
 * id  name      city   phone        spend (last purchase)   tags                      run 1 / run 2 rfm segment
 * c1  Zhang Wei 杭州   13812345678  300.00 (2026-06-01)     VIP (import), VIP (wecom)  lost / champions
 * c2  Li Na     苏州   13900001111  100.00 (2026-05-01)     -                          lost / lost
 * c3  (none)    杭州   -            -                       客户类型/老客户 (import)    - / champions
 * c4  Alice     上海   -            500.00 (2026-01-15)     VIP (import)               - / champions
 * c5  Bob_1     100%   -            -                       -                          - / lost
 * c6  Chen      杭州   13700002222  100.00 (2026-06-20)     -                          - / champions
 * c7  Acme Ltd  深圳   -            50.00 (2025-12-31)      -                          - / lost
 * </pre>
 * Run 2 also labels c1, c4 and c6 {@code abc / class / a}; the others {@code c}. Pages are checked under both of
 * {@link CustomerPageQuery}'s plans, whichever the repository would choose.
 */
class CustomerPageTest {

    private final H2Database database = TestDatabases.inMemory();
    private final H2CustomerRepository customers = new H2CustomerRepository(database);
    private final H2RunRepository runs = new H2RunRepository(database);
    private long firstRun;
    private long secondRun;

    @BeforeEach
    void storeShop() {
        TestData.store(customers, List.of(customer("c1", "Zhang Wei", "杭州", "13812345678"),
                customer("c2", "Li Na", "苏州", "13900001111"), customer("c3", null, "杭州", null),
                customer("c4", "Alice", "上海", null), customer("c5", "Bob_1", "100%", null),
                customer("c6", "Chen", "杭州", "13700002222"),
                new Customer("c7", "Acme Ltd", CustomerType.COMPANY, null, null, null, null, null, null, null, null,
                        null, "深圳", null, null, null, null, null, Map.of())),
                List.of(TestData.completed("o1", "c1", "2026-01-01T10:00", "100.00"),
                        TestData.completed("o2", "c1", "2026-06-01T10:00", "200.00"),
                        TestData.completed("o3", "c2", "2026-05-01T10:00", "100.00"),
                        TestData.completed("o4", "c4", "2026-01-15T10:00", "500.00"),
                        TestData.completed("o5", "c6", "2026-06-20T10:00", "100.00"),
                        TestData.completed("o6", "c7", "2025-12-31T10:00", "50.00")));
        try (RepositoryTransaction transaction = customers.begin()) {
            transaction.upsertTags(List.of(new CustomerTag("c1", null, "VIP", CustomerTag.IMPORTED),
                    new CustomerTag("c1", null, "VIP", CustomerTag.WECOM),
                    new CustomerTag("c3", "客户类型", "老客户", CustomerTag.IMPORTED),
                    new CustomerTag("c4", null, "VIP", CustomerTag.IMPORTED)));
            transaction.commit();
        }
        firstRun = runs.startRun(LocalDate.of(2026, 3, 31));
        runs.saveResults(firstRun, new ClassifierInfo("rfm", null, null, null), "",
                labels("segment", Map.of("c1", "lost", "c2", "lost")));
        runs.finishRun(firstRun);
        secondRun = runs.startRun(LocalDate.of(2026, 6, 30));
        runs.saveResults(secondRun, new ClassifierInfo("rfm", null, null, null), "", labels("segment",
                Map.of("c1", "champions", "c2", "lost", "c3", "champions", "c4", "champions", "c5", "lost", "c6",
                        "champions", "c7", "lost")));
        runs.saveResults(secondRun, new ClassifierInfo("abc", null, null, null), "", labels("class",
                Map.of("c1", "a", "c2", "c", "c3", "c", "c4", "a", "c5", "c", "c6", "a", "c7", "c")));
        runs.finishRun(secondRun);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void pagesThroughEveryCustomerByIdWithTheTotalOnEveryPage() {
        CustomerPage first = customers.customers(query(null, null, null, CustomerSort.ID, false, 1, 3));
        assertEquals(List.of("c1", "c2", "c3"), ids(first));
        assertEquals(7, first.total());
        assertEquals(List.of("c7"), ids(customers.customers(query(null, null, null, CustomerSort.ID, false, 3, 3))));
        CustomerPage pastTheEnd = customers.customers(query(null, null, null, CustomerSort.ID, false, 4, 3));
        assertEquals(List.of(), ids(pastTheEnd));
        assertEquals(7, pastTheEnd.total());
    }

    @Test
    void entriesCarryThePurchaseFactsOrNoneForCustomersWithoutPurchases() {
        CustomerPage page = customers.customers(query(null, null, null, CustomerSort.ID, false, 1, 3));
        assertEquals(new BigDecimal("300.00"), page.entries().get(0).facts().totalSpend());
        assertEquals(LocalDate.of(2026, 6, 1), page.entries().get(0).facts().lastPurchase());
        assertEquals(2, page.entries().get(0).facts().purchaseCount());
        assertEquals("Zhang Wei", page.entries().get(0).customer().name());
        assertEquals(0, page.entries().get(2).facts().purchaseCount());
    }

    @Test
    void aLabelFilterKeepsTheCustomersWithThatLabelInThatRun() {
        CustomerPage champions = customers.customers(new CustomerQuery(secondRun,
                List.of(new LabelCriterion("rfm", "segment", "champions")), null, null, true, CustomerSort.ID, false,
                1, 50));
        assertEquals(List.of("c1", "c3", "c4", "c6"), ids(champions));
        assertEquals(4, champions.total());
        CustomerPage lostBefore = customers.customers(new CustomerQuery(firstRun,
                List.of(new LabelCriterion("rfm", "segment", "lost")), null, null, true, CustomerSort.ID, false, 1,
                50));
        assertEquals(List.of("c1", "c2"), ids(lostBefore));
    }

    @Test
    void labelFiltersOfTwoClassifiersMustBothHold() {
        CustomerPage page = customers.customers(new CustomerQuery(secondRun,
                List.of(new LabelCriterion("rfm", "segment", "champions"), new LabelCriterion("abc", "class", "c")),
                null, null, true, CustomerSort.ID, false, 1, 50));
        assertEquals(List.of("c3"), ids(page));
        assertEquals(1, page.total());
    }

    @Test
    void aTagMatchesByNameOrGroupAndNameAndACustomerWithItTwiceIsListedOnce() {
        CustomerPage vip = customers.customers(query(null, "VIP", null, CustomerSort.ID, false, 1, 50));
        assertEquals(List.of("c1", "c4"), ids(vip));
        assertEquals(2, vip.total());
        assertEquals(List.of("c3"), ids(customers.customers(query(null, "客户类型/老客户", null, CustomerSort.ID, false,
                1, 50))));
        assertEquals(List.of("c3"), ids(customers.customers(query(null, "老客户", null, CustomerSort.ID, false, 1,
                50))));
    }

    @Test
    void textMatchesIdAndCityAndNameAndPhoneOnlyWhenAllowed() {
        assertEquals(List.of("c1", "c3", "c6"), ids(customers.customers(query(null, null, "杭州", CustomerSort.ID,
                false, 1, 50))));
        assertEquals(List.of("c1"), ids(customers.customers(query(null, null, "zhang", CustomerSort.ID, false, 1,
                50))));
        assertEquals(List.of("c2"), ids(customers.customers(query(null, null, "0000111", CustomerSort.ID, false, 1,
                50))));
        CustomerQuery hidden = new CustomerQuery(null, List.of(), null, "zhang", false, CustomerSort.ID, false, 1, 50);
        assertEquals(List.of(), ids(customers.customers(hidden)));
    }

    @Test
    void likeWildcardsInTheTextAreMatchedLiterally() {
        assertEquals(List.of("c5"), ids(customers.customers(query(null, null, "100%", CustomerSort.ID, false, 1,
                50))));
        assertEquals(List.of("c5"), ids(customers.customers(query(null, null, "b_1", CustomerSort.ID, false, 1,
                50))));
        assertEquals(List.of(), ids(customers.customers(query(null, null, "b%1", CustomerSort.ID, false, 1, 50))));
    }

    @Test
    void sortsBySpendCountingNoPurchaseAsZeroWithTiesById() {
        assertEquals(List.of("c4", "c1", "c2", "c6", "c7", "c3", "c5"), ids(customers.customers(query(null, null,
                null, CustomerSort.TOTAL_SPEND, true, 1, 50))));
        assertEquals(List.of("c3", "c5", "c7", "c2", "c6", "c1", "c4"), ids(customers.customers(query(null, null,
                null, CustomerSort.TOTAL_SPEND, false, 1, 50))));
    }

    @Test
    void sortsByLastPurchaseAndByNameWithMissingValuesLastEitherWay() {
        assertEquals(List.of("c6", "c1", "c2", "c4", "c7", "c3", "c5"), ids(customers.customers(query(null, null,
                null, CustomerSort.LAST_PURCHASE, true, 1, 50))));
        assertEquals(List.of("c7", "c4", "c2", "c1", "c6", "c3", "c5"), ids(customers.customers(query(null, null,
                null, CustomerSort.LAST_PURCHASE, false, 1, 50))));
        assertEquals(List.of("c7", "c4", "c5", "c6", "c2", "c1", "c3"), ids(customers.customers(query(null, null,
                null, CustomerSort.NAME, false, 1, 50))));
        assertEquals(List.of("c1", "c2", "c6", "c5", "c4", "c7", "c3"), ids(customers.customers(query(null, null,
                null, CustomerSort.NAME, true, 1, 50))));
    }

    @Test
    void filtersAndSortCombineAndPageTogether() {
        CustomerQuery query = new CustomerQuery(secondRun, List.of(new LabelCriterion("rfm", "segment",
                "champions")), null, "杭州", true, CustomerSort.TOTAL_SPEND, true, 2, 1);
        CustomerPage page = customers.customers(query);
        assertEquals(List.of("c6"), ids(page));
        assertEquals(3, page.total());
    }

    @Test
    void aLabelFilterSortsByEachValueInBothDirectionsUnderBothPlans() throws SQLException {
        List<LabelCriterion> champions = List.of(new LabelCriterion("rfm", "segment", "champions"));
        // champions: c1 300.00 (2026-06-01, Zhang Wei), c3 nothing, c4 500.00 (2026-01-15, Alice), c6 100.00
        // (2026-06-20, Chen)
        assertPages(List.of("c4", "c1", "c6", "c3"), champions, null, null, CustomerSort.TOTAL_SPEND, true);
        assertPages(List.of("c3", "c6", "c1", "c4"), champions, null, null, CustomerSort.TOTAL_SPEND, false);
        assertPages(List.of("c6", "c1", "c4", "c3"), champions, null, null, CustomerSort.LAST_PURCHASE, true);
        assertPages(List.of("c4", "c1", "c6", "c3"), champions, null, null, CustomerSort.LAST_PURCHASE, false);
        assertPages(List.of("c1", "c6", "c4", "c3"), champions, null, null, CustomerSort.NAME, true);
        assertPages(List.of("c4", "c6", "c1", "c3"), champions, null, null, CustomerSort.NAME, false);
        assertPages(List.of("c6", "c4", "c3", "c1"), champions, null, null, CustomerSort.ID, true);
    }

    @Test
    void everyFilterCombinesWithASortUnderBothPlans() throws SQLException {
        LabelCriterion champions = new LabelCriterion("rfm", "segment", "champions");
        LabelCriterion classC = new LabelCriterion("abc", "class", "c");
        // text 杭州: c1, c3, c6; tag VIP: c1 (twice), c4; class c: c2, c3, c5, c7
        assertPages(List.of("c1", "c6", "c3"), List.of(champions), null, "杭州", CustomerSort.TOTAL_SPEND, true);
        assertPages(List.of("c1", "c6", "c3"), List.of(), null, "杭州", CustomerSort.TOTAL_SPEND, true);
        assertPages(List.of("c4", "c1"), List.of(), "VIP", null, CustomerSort.TOTAL_SPEND, true);
        assertPages(List.of("c1", "c4"), List.of(champions), "VIP", null, CustomerSort.LAST_PURCHASE, true);
        assertPages(List.of("c3"), List.of(champions, classC), null, null, CustomerSort.NAME, false);
        assertPages(List.of("c2", "c7", "c3", "c5"), List.of(classC), null, null, CustomerSort.TOTAL_SPEND, true);
        assertPages(List.of(), List.of(classC), "VIP", null, CustomerSort.NAME, true);
    }

    @Test
    void tiesPageByIdAscendingInBothDirectionsUnderBothPlans() throws SQLException {
        // c8 ties c6 on name, spend and last purchase; c2 ties both on spend.
        TestData.store(customers, List.of(customer("c8", "Chen", "南京", null)),
                List.of(TestData.completed("o7", "c8", "2026-06-20T18:00", "60.00"),
                        TestData.completed("o8", "c8", "2026-06-19T09:00", "40.00")));
        long thirdRun = runs.startRun(LocalDate.of(2026, 7, 31));
        runs.saveResults(thirdRun, new ClassifierInfo("rfm", null, null, null), "", labels("segment",
                Map.of("c2", "tied", "c6", "tied", "c8", "tied", "c5", "other")));
        runs.finishRun(thirdRun);
        List<LabelCriterion> tied = List.of(new LabelCriterion("rfm", "segment", "tied"));
        assertPagesOf(thirdRun, List.of("c2", "c6", "c8"), tied, CustomerSort.TOTAL_SPEND, true);
        assertPagesOf(thirdRun, List.of("c2", "c6", "c8"), tied, CustomerSort.TOTAL_SPEND, false);
        assertPagesOf(thirdRun, List.of("c6", "c8", "c2"), tied, CustomerSort.LAST_PURCHASE, true);
        assertPagesOf(thirdRun, List.of("c2", "c6", "c8"), tied, CustomerSort.LAST_PURCHASE, false);
        assertPagesOf(thirdRun, List.of("c6", "c8", "c2"), tied, CustomerSort.NAME, false);
        assertPagesOf(thirdRun, List.of("c2", "c6", "c8"), tied, CustomerSort.NAME, true);
        assertEquals(List.of("c4", "c1", "c2", "c6", "c8", "c7", "c3", "c5"), ids(customers.customers(query(null,
                null, null, CustomerSort.TOTAL_SPEND, true, 1, 50))));
    }

    @Test
    void theSortValuesFollowLaterImports() {
        // c3 buys for the first time; c7's only purchase is refunded, so it has no purchase left.
        TestData.store(customers, List.of(), List.of(TestData.completed("o9", "c3", "2026-06-25T10:00", "900.00"),
                TestData.order("o6", "c7", "2025-12-31T10:00", "50.00", OrderStatus.REFUNDED)));
        assertEquals(List.of("c3", "c4", "c1", "c2", "c6", "c5", "c7"), ids(customers.customers(query(null, null,
                null, CustomerSort.TOTAL_SPEND, true, 1, 50))));
        assertEquals(List.of("c3", "c6", "c1", "c2", "c4", "c5", "c7"), ids(customers.customers(query(null, null,
                null, CustomerSort.LAST_PURCHASE, true, 1, 50))));
        assertEquals(List.of("c3", "c6", "c1", "c4"), ids(customers.customers(new CustomerQuery(secondRun,
                List.of(new LabelCriterion("rfm", "segment", "champions")), null, null, true,
                CustomerSort.LAST_PURCHASE, true, 1, 50))));
    }

    @Test
    void aCommonLabelWalksTheSortIndexAndARareOneOnADeepPageReadsItsLabelIndex() throws SQLException {
        try (Connection connection = database.connect("plan")) {
            // 7 customers, 4 champions: page 1 of 1 walks about 7 / 4 rows of the sort index, fewer than 4 x 2.
            assertEquals(CustomerPageQuery.Plan.SORT_INDEX, new CustomerPageQuery(new CustomerQuery(secondRun,
                    List.of(new LabelCriterion("rfm", "segment", "champions")), null, null, true,
                    CustomerSort.TOTAL_SPEND, true, 1, 1)).plan(connection, 4));
            // 3 with class a: page 3 of 1 walks about 3 x 7 / 3 = 7 rows, more than 3 x 2.
            assertEquals(CustomerPageQuery.Plan.FILTER_INDEX, new CustomerPageQuery(new CustomerQuery(secondRun,
                    List.of(new LabelCriterion("abc", "class", "a")), null, null, true, CustomerSort.TOTAL_SPEND,
                    true, 3, 1)).plan(connection, 3));
            // Text alone: walking is worth it up to a quarter of the table, 7 / 4 rows. Every id holds "c": page 1 of 1
            // walks 1 row; 深圳 matches one customer, so its page would walk about 7.
            assertEquals(CustomerPageQuery.Plan.SORT_INDEX, new CustomerPageQuery(query(null, null, "c",
                    CustomerSort.NAME, false, 1, 1)).plan(connection, 7));
            assertEquals(CustomerPageQuery.Plan.FILTER_INDEX, new CustomerPageQuery(query(null, null, "深圳",
                    CustomerSort.NAME, false, 1, 1)).plan(connection, 1));
        }
    }

    /** Pages of one, two and all under both plans, through the repository too, with the total. */
    private void assertPages(List<String> expected, List<LabelCriterion> labels, String tag, String text,
            CustomerSort sort, boolean descending) throws SQLException {
        assertPagesOf(labels.isEmpty() ? null : secondRun, expected, labels, tag, text, sort, descending);
    }

    private void assertPagesOf(long runId, List<String> expected, List<LabelCriterion> labels, CustomerSort sort,
            boolean descending) throws SQLException {
        assertPagesOf(runId, expected, labels, null, null, sort, descending);
    }

    private void assertPagesOf(Long runId, List<String> expected, List<LabelCriterion> labels, String tag,
            String text, CustomerSort sort, boolean descending) throws SQLException {
        for (int size = 1; size <= Math.max(1, expected.size()); size++) {
            for (int page = 1; (page - 1) * size <= expected.size(); page++) {
                CustomerQuery query = new CustomerQuery(runId, labels, tag, text, true, sort, descending, page, size);
                List<String> expectedPage = expected.subList(Math.min(expected.size(), (page - 1) * size),
                        Math.min(expected.size(), page * size));
                String described = query.toString();
                try (Connection connection = database.connect("test")) {
                    for (CustomerPageQuery.Plan plan : CustomerPageQuery.Plan.values()) {
                        assertEquals(expectedPage, new CustomerPageQuery(query).ids(connection, plan),
                                plan + " " + described);
                    }
                }
                CustomerPage answered = customers.customers(query);
                assertEquals(expectedPage, ids(answered), described);
                assertEquals(expected.size(), answered.total(), described);
            }
        }
    }

    @Test
    void oneLabelByIdIsPagedInBothDirectionsWithTheTotal() {
        LabelCriterion champions = new LabelCriterion("rfm", "segment", "champions");
        CustomerPage second = customers.customers(new CustomerQuery(secondRun, List.of(champions), null, null, true,
                CustomerSort.ID, false, 2, 3));
        assertEquals(List.of("c6"), ids(second));
        assertEquals(4, second.total());
        assertEquals(new BigDecimal("100.00"), second.entries().get(0).facts().totalSpend());
        CustomerPage descending = customers.customers(new CustomerQuery(secondRun, List.of(champions), null, null,
                true, CustomerSort.ID, true, 1, 3));
        assertEquals(List.of("c6", "c4", "c3"), ids(descending));
        assertEquals(0, descending.entries().get(2).facts().purchaseCount());
    }

    @Test
    void oneLabelByIdReadsItsPageFromTheLabelIndexInOrder() throws SQLException {
        for (boolean descending : new boolean[] {false, true}) {
            try (Connection connection = database.connect("explain");
                    PreparedStatement explain = connection.prepareStatement("EXPLAIN "
                            + LabelIdPage.idsSql(descending))) {
                Object[] parameters = {"champions", secondRun, "rfm", "segment", 50, 0L};
                for (int i = 0; i < parameters.length; i++) {
                    explain.setObject(i + 1, parameters[i]);
                }
                try (ResultSet plan = explain.executeQuery()) {
                    plan.next();
                    String text = plan.getString(1);
                    assertTrue(text.contains("CLASSIFICATIONS_LABEL") && text.contains("/* index sorted */"), text);
                }
            }
        }
    }

    @Test
    void theLabelHistoryListsTheRunsThatLabelledTheCustomerOldestFirst() {
        assertEquals(List.of(new RunLabel(firstRun, LocalDate.of(2026, 3, 31), label("lost")),
                new RunLabel(secondRun, LocalDate.of(2026, 6, 30), label("champions"))),
                runs.labelHistory("c1", "rfm", "segment"));
        assertEquals(List.of(new RunLabel(secondRun, LocalDate.of(2026, 6, 30), label("champions"))),
                runs.labelHistory("c3", "rfm", "segment"));
        assertEquals(List.of(), runs.labelHistory("nobody", "rfm", "segment"));
    }

    private static CustomerQuery query(Long runId, String tag, String text, CustomerSort sort, boolean descending,
            int page, int size) {
        return new CustomerQuery(runId, List.of(), tag, text, true, sort, descending, page, size);
    }

    private static List<String> ids(CustomerPage page) {
        return page.entries().stream().map(entry -> entry.customer().externalId()).toList();
    }

    private static Customer customer(String id, String name, String city, String phone) {
        return new Customer(id, name, CustomerType.PERSON, phone, null, null, null, null, null, null, null, null,
                city, null, null, null, null, null, Map.of());
    }

    private static Label label(String key) {
        return new Label(key, key.toUpperCase(), key);
    }

    private static List<Classification> labels(String scheme, Map<String, String> keyByCustomer) {
        List<Classification> classifications = new ArrayList<>();
        keyByCustomer.forEach((customer, key) -> classifications.add(new Classification(customer, scheme, label(key),
                Map.of(), "by hand")));
        return classifications;
    }
}
