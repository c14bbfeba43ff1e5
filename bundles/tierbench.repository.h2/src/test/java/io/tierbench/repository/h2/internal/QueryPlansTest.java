package io.tierbench.repository.h2.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.Label;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.CustomerQuery;
import io.tierbench.api.repository.CustomerSort;
import io.tierbench.api.repository.LabelCriterion;
import io.tierbench.api.repository.RepositoryTransaction;
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
 * The paged reads must be served in order by an index: otherwise H2 sorts every row after the key on every page,
 * and a read of a million rows costs a hundred sorts of up to a million rows. Likewise a page of the customer table
 * sorted by a value must walk that value's index and stop after the page.
 */
class QueryPlansTest {

    private static final String INDEX_SORTED = "/* index sorted */";

    private final H2Database database = TestDatabases.inMemory();
    private long runId;

    @BeforeEach
    void storeRowsSoThatTheOptimizerHasSomethingToWeigh() {
        H2CustomerRepository customers = new H2CustomerRepository(database);
        List<Customer> stored = new ArrayList<>();
        List<CustomerTag> tags = new ArrayList<>();
        List<Classification> classifications = new ArrayList<>();
        Label label = new Label("a", "A", "A");
        for (int i = 0; i < 200; i++) {
            String id = String.format("c%03d", i);
            stored.add(Customer.of(id, id));
            tags.add(new CustomerTag(id, null, "VIP", CustomerTag.IMPORTED));
            tags.add(new CustomerTag(id, "g", "VIP", CustomerTag.WECOM));
            classifications.add(new Classification(id, "segment", label, Map.of(), "x"));
            classifications.add(new Classification(id, "value", label, Map.of(), "x"));
        }
        TestData.store(customers, stored, List.of());
        try (RepositoryTransaction transaction = customers.begin()) {
            transaction.upsertTags(tags);
            transaction.commit();
        }
        H2RunRepository runs = new H2RunRepository(database);
        for (int run = 0; run < 3; run++) {
            runId = runs.startRun(LocalDate.of(2024, 6, 30));
            runs.saveResults(runId, new ClassifierInfo("rfm", null, null, null), "", classifications);
            runs.saveResults(runId, new ClassifierInfo("abc", null, null, null), "", classifications);
        }
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aRunIsReadInCustomerOrderFromAnIndex() throws SQLException {
        assertIndexSorted(ClassificationRows.IN_CUSTOMER_ORDER.firstPageSql(), runId, 30);
        assertIndexSorted(ClassificationRows.IN_CUSTOMER_ORDER.nextPageSql(), runId, "c100", "abc", "value", 30);
    }

    @Test
    void oneSchemeOfARunIsReadInCustomerOrderFromThePrimaryKey() throws SQLException {
        assertIndexSorted(ClassificationRows.LABELS, "c100", runId, "rfm", "segment", 30);
        assertIndexSorted(LabelCursor.PAGE, runId, "rfm", "segment", "c100", 30);
    }

    @Test
    void tagsAreReadInKeyOrderFromThePrimaryKey() throws SQLException {
        assertIndexSorted(CustomerTagRows.IN_KEY_ORDER.firstPageSql(), 30);
        assertIndexSorted(CustomerTagRows.IN_KEY_ORDER.nextPageSql(), "c100", "import", "", "VIP", 30);
    }

    @Test
    void aCustomerPageSortedByAValueWalksThatValuesIndexInOrderAndChecksTheFiltersOnTheWay() throws SQLException {
        Map<CustomerSort, String> indexes = Map.of(CustomerSort.NAME, "CUSTOMERS_NAME_",
                CustomerSort.TOTAL_SPEND, "CUSTOMERS_SPEND_", CustomerSort.LAST_PURCHASE, "CUSTOMERS_LAST_PURCHASE_");
        for (CustomerSort sort : indexes.keySet()) {
            for (boolean descending : new boolean[] {false, true}) {
                String index = indexes.get(sort) + (descending ? "DESCENDING" : "ASCENDING");
                String plan = customerPagePlan(CustomerPageQuery.Plan.SORT_INDEX, new CustomerQuery(runId,
                        List.of(new LabelCriterion("rfm", "segment", "a")), "g/VIP", "c1", true, sort, descending, 2,
                        50));
                assertTrue(plan.contains("/* PUBLIC." + index + " */") && plan.contains(INDEX_SORTED), plan);
                assertTrue(plan.contains("/* PUBLIC.CLASSIFICATIONS_LABEL: ")
                        && plan.contains("CUSTOMER_ID = C.EXTERNAL_ID"), plan);
            }
        }
        String byId = customerPagePlan(CustomerPageQuery.Plan.SORT_INDEX, new CustomerQuery(null, List.of(), null,
                "c1", true, CustomerSort.ID, true, 1, 50));
        assertTrue(byId.contains("PRIMARY_KEY") && byId.contains(INDEX_SORTED), byId);
    }

    @Test
    void aCustomerPageOfARareLabelLooksUpOnlyTheCustomersOfItsLabelIndex() throws SQLException {
        String plan = customerPagePlan(CustomerPageQuery.Plan.FILTER_INDEX, new CustomerQuery(runId,
                List.of(new LabelCriterion("rfm", "segment", "a"), new LabelCriterion("abc", "value", "a")), null,
                null, true, CustomerSort.TOTAL_SPEND, true, 1, 50));
        assertTrue(plan.matches("(?s).*/\\* PUBLIC\\.PRIMARY_KEY_\\w+: EXTERNAL_ID IN\\(SELECT DISTINCT.*"), plan);
        assertTrue(plan.contains("/* PUBLIC.CLASSIFICATIONS_LABEL: "), plan);
        assertFalse(plan.contains("tableScan"), plan);
    }

    private String customerPagePlan(CustomerPageQuery.Plan plan, CustomerQuery query) throws SQLException {
        CustomerPageQuery page = new CustomerPageQuery(query);
        List<Object> parameters = new ArrayList<>(page.parameters());
        parameters.addAll(List.of(query.size(), query.offset()));
        return plan(page.idsSql(plan), parameters.toArray());
    }

    private void assertIndexSorted(String sql, Object... parameters) throws SQLException {
        String text = plan(sql, parameters);
        assertTrue(text.contains(INDEX_SORTED), text);
    }

    private String plan(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database.connect("explain");
                PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                explain.setObject(i + 1, parameters[i]);
            }
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                return plan.getString(1);
            }
        }
    }
}
