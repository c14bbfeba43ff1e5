package io.tierbench.classifier.abc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.classifier.support.testing.FakeClassificationContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Eight customers worked out by hand, default configuration (revenue, A below 80 %, B below 95 %, all history).
 *
 * <pre>
 * rank id     revenue  before  share before  class
 *    1 alice   500.00       0     0 %         A
 *    2 bob     250.00     500    50 %         A
 *    3 carol   100.00     750    75 %         A   crosses 80 % (75 -> 85): the higher class
 *    4 dave    100.00     850    85 %         B   ties with carol; carol sorts first by id
 *    5 erin     30.00     950    95 %         C   exactly at 95 %: not below it
 *    6 frank    20.00     980    98 %         C
 *    7 gina      0.00    1000   100 %         C   bought, but for nothing
 *    8 hank        -     1000   100 %         C   no purchase
 * total 500 + 250 + 100 + 100 + 30 + 20 = 1000.00; carol's 100.00 is two purchases (60.00 + 40.00)
 * classes: A 3 customers 850.00 (85 %), B 1 customer 100.00 (10 %), C 4 customers 50.00 (5 %)
 * </pre>
 */
class AbcHandComputedTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

    private static ClassifierResult result;

    @BeforeAll
    static void classifyEightCustomers() throws Exception {
        FakeClassificationContext context = new FakeClassificationContext(AS_OF)
                .buyer("dave", "100.00").buyer("carol", "60.00").buyer("carol", "40.00")
                .buyer("bob", "250.00").buyer("alice", "500.00").buyer("erin", "30.00").buyer("frank", "20.00")
                .buyer("gina", "0.00").nonBuyer("hank");
        result = TestConfigurations.classifier(Map.of()).classify(context);
    }

    @Test
    void classesFollowTheCumulativeShareBeforeEachCustomer() {
        Map<String, String> classes = classes();
        assertEquals("a", classes.get("alice"));
        assertEquals("a", classes.get("bob"));
        assertEquals("a", classes.get("carol"), "the customer crossing 80 % takes the higher class");
        assertEquals("b", classes.get("dave"));
        assertEquals("c", classes.get("erin"), "a share before of exactly 95 % is not below 95 %");
        assertEquals("c", classes.get("frank"));
        assertEquals("c", classes.get("gina"));
        assertEquals("c", classes.get("hank"));
        assertEquals(8, result.classifications().size());
    }

    @Test
    void tiesAreRankedByExternalId() {
        assertEquals(3, score("carol", "rank").intValueExact());
        assertEquals(4, score("dave", "rank").intValueExact());
        assertEquals(7, score("gina", "rank").intValueExact());
        assertEquals(8, score("hank", "rank").intValueExact());
    }

    @Test
    void scoresGiveRankRevenueAndSharesInPercent() {
        assertEquals(0, new BigDecimal("100.00").compareTo(score("carol", "revenue")));
        assertEquals(0, new BigDecimal("75").compareTo(score("carol", "cumulative_share_before")));
        assertEquals(0, new BigDecimal("10").compareTo(score("carol", "share")));
        assertEquals(0, new BigDecimal("95").compareTo(score("erin", "cumulative_share_before")));
        assertEquals(0, BigDecimal.ZERO.compareTo(score("hank", "share")));
    }

    @Test
    void explanationNamesRankRevenueShareThresholdsAndRule() {
        String explanation = byId().get("carol").explanation();
        assertTrue(explanation.startsWith("Rank 3 of 8 by revenue in all history up to 2024-03-31; revenue 100.00 "
                + "= 10 % of the total 1000.00; cumulative revenue share of the customers before it 75 % "
                + "(750.00 of 1000.00): below the A threshold 80 % -> A. Rule: A while"), explanation);
        assertTrue(byId().get("dave").explanation().contains(
                "85 % (850.00 of 1000.00): not below the A threshold 80 %, below the B threshold 95 % -> B"));
        assertTrue(byId().get("erin").explanation().contains("not below the B threshold 95 % -> C"));
    }

    @Test
    void customersWithoutRevenueAreExplainedAsSuch() {
        assertEquals("Revenue 0.00 in all history up to 2024-03-31: zero revenue, so C whatever its place "
                + "(rank 7 of 8).", byId().get("gina").explanation());
        assertEquals("No purchase in all history up to 2024-03-31: no revenue, so C whatever its place "
                + "(rank 8 of 8).", byId().get("hank").explanation());
    }

    @Test
    void summaryGivesTotalCustomersAndRevenuePerClass() {
        String summary = result.summary();
        assertTrue(summary.contains("8 customers, 6 with revenue, total revenue 1000.00"), summary);
        assertTrue(summary.contains("A: 3 customers, revenue 850.00 (85 %); B: 1 customers, revenue 100.00 (10 %); "
                + "C: 4 customers, revenue 50.00 (5 %)"), summary);
    }

    @Test
    void labelsCarryEnglishAndChinese() {
        Classification alice = byId().get("alice");
        assertEquals("class", alice.scheme());
        assertEquals("Class A", alice.label().en());
        assertEquals("A类客户", alice.label().zh());
        assertEquals("C类客户", byId().get("hank").label().zh());
    }

    private static Map<String, Classification> byId() {
        return result.classifications().stream()
                .collect(Collectors.toMap(Classification::customerId, Function.identity()));
    }

    private static Map<String, String> classes() {
        return result.classifications().stream()
                .collect(Collectors.toMap(Classification::customerId, c -> c.label().key()));
    }

    private static BigDecimal score(String id, String name) {
        return byId().get(id).scores().get(name);
    }
}
