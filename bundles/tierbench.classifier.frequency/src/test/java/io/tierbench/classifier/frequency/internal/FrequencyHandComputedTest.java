package io.tierbench.classifier.frequency.internal;

import static io.tierbench.api.model.InteractionKind.COMMUNICATION;
import static io.tierbench.api.model.InteractionKind.COMPLAINT;
import static io.tierbench.api.model.InteractionKind.FEEDBACK;
import static io.tierbench.api.model.InteractionKind.SERVICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.model.Label;
import io.tierbench.classifier.support.testing.FakeClassificationContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Eight customers worked out by hand, default configuration, as of 2026-06-30.
 *
 * <pre>
 * purchase window 365 days: 2025-07-01 .. 2026-06-30 (2026-06-30 minus 364 days); 2025-06-30 is outside
 * interaction window 90 days: 2026-04-02 .. 2026-06-30 (2026-06-30 minus 89 days); 2026-04-01 is outside
 *
 * id     purchase days in window                           label       interactions in window          label
 * alice  12 (13 orders: two on 2026-06-15)                 frequent    8 (= very.active.min)            very-active
 * bob    11                                                regular     7                                active
 * carol   4 (= regular.min; one on 2025-07-01, 1st day)    regular     3 (= active.min; 2026-04-02 is 1st) active
 * dave    3 (+ 2025-06-30, the day before: not counted)    occasional  2 (+ 2026-04-01: not counted)    occasional
 * erin    2 (4 orders on 2 days: days, not orders, count)  occasional  1                                occasional
 * frank   1 (on the as-of day; + 2025-06-30 not counted)   one-time    0 (2026-04-01 only)              silent
 * gina    0 (last purchase 2024-01-10)                     none        0 (2025-01-01 only)              silent
 * hank    0 (never bought)                                 none        1 complaint                      occasional
 * zed     not in the base: its interaction is skipped and it gets no label
 *
 * per 30 days: alice 12 x 30 / 365 = 0.986.. -> 0.99; 8 x 30 / 90 = 2.666.. -> 2.67; carol 4 x 30 / 365 = 0.33
 * interactions read 26: 22 counted, 0 of other kinds, 3 outside the window (dave, frank, gina), 1 outside the base
 * </pre>
 */
class FrequencyHandComputedTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private static ClassifierResult result;

    /** The eight customers of the table above. */
    static FakeClassificationContext shop() {
        return new FakeClassificationContext(AS_OF).streamingInteractions()
                .purchases("alice", "2025-07-15", "2025-08-15", "2025-09-15", "2025-10-15", "2025-11-15",
                        "2025-12-15", "2026-01-15", "2026-02-15", "2026-03-15", "2026-04-15", "2026-05-15",
                        "2026-06-15", "2026-06-15")
                .purchases("bob", "2025-08-15", "2025-09-15", "2025-10-15", "2025-11-15", "2025-12-15",
                        "2026-01-15", "2026-02-15", "2026-03-15", "2026-04-15", "2026-05-15", "2026-06-15")
                .purchases("carol", "2025-07-01", "2025-10-01", "2026-01-01", "2026-04-01")
                .purchases("dave", "2025-06-30", "2025-09-01", "2025-12-01", "2026-03-01")
                .purchases("erin", "2026-02-01", "2026-02-01", "2026-05-01", "2026-05-01")
                .purchases("frank", "2025-06-30", "2026-06-30")
                .purchases("gina", "2024-01-10")
                .customers("hank")
                .interactions("alice", COMMUNICATION, "2026-04-10", "2026-04-20", "2026-05-10", "2026-05-20")
                .interactions("alice", SERVICE, "2026-06-01", "2026-06-10")
                .interactions("alice", FEEDBACK, "2026-06-20", "2026-06-30")
                .interactions("bob", COMMUNICATION, "2026-04-05", "2026-04-15", "2026-04-25", "2026-05-05",
                        "2026-05-15", "2026-05-25", "2026-06-05")
                .interactions("carol", COMMUNICATION, "2026-04-02", "2026-05-01", "2026-06-30")
                .interactions("dave", COMMUNICATION, "2026-04-01", "2026-05-05", "2026-06-05")
                .interactions("erin", SERVICE, "2026-06-01")
                .interactions("frank", COMMUNICATION, "2026-04-01")
                .interactions("gina", COMMUNICATION, "2025-01-01")
                .interactions("hank", COMPLAINT, "2026-06-20")
                .interactions("zed", COMMUNICATION, "2026-06-20");
    }

    @BeforeAll
    static void classify() throws Exception {
        result = TestConfigurations.classifier(Map.of()).classify(shop());
    }

    static String label(ClassifierResult result, String customer, String scheme) {
        return find(result, customer, scheme).label().key();
    }

    static Classification find(ClassifierResult result, String customer, String scheme) {
        return result.classifications().stream()
                .filter(c -> c.customerId().equals(customer) && c.scheme().equals(scheme)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + scheme + " label for " + customer));
    }

    @Test
    void purchaseLabelsFollowDistinctPurchaseDaysInTheWindow() {
        assertEquals("frequent", label(result, "alice", "purchases"), "12 purchase days = frequent.min");
        assertEquals("regular", label(result, "bob", "purchases"), "11 is below frequent.min");
        assertEquals("regular", label(result, "carol", "purchases"), "the first day of the window counts");
        assertEquals("occasional", label(result, "dave", "purchases"), "the day before the window does not");
        assertEquals("occasional", label(result, "erin", "purchases"), "four orders on two days are 2 days");
        assertEquals("one-time", label(result, "frank", "purchases"), "the as-of day counts, the day before not");
        assertEquals("none", label(result, "gina", "purchases"));
        assertEquals("none", label(result, "hank", "purchases"));
    }

    @Test
    void interactionLabelsFollowTheCountInTheWindow() {
        assertEquals("very-active", label(result, "alice", "interactions"), "8 = very.active.min, mixed kinds");
        assertEquals("active", label(result, "bob", "interactions"), "7 is below very.active.min");
        assertEquals("active", label(result, "carol", "interactions"), "the first day of the window counts");
        assertEquals("occasional", label(result, "dave", "interactions"), "the day before the window does not");
        assertEquals("occasional", label(result, "erin", "interactions"));
        assertEquals("silent", label(result, "frank", "interactions"));
        assertEquals("silent", label(result, "gina", "interactions"));
        assertEquals("occasional", label(result, "hank", "interactions"), "every kind counts by default");
    }

    @Test
    void everyCustomerOfTheBaseGetsOneLabelPerSchemeAndNoOneElse() {
        assertEquals(16, result.classifications().size());
        assertTrue(result.classifications().stream().noneMatch(c -> c.customerId().equals("zed")));
    }

    @Test
    void scoresGiveCountWindowAndRatePer30Days() {
        Map<String, BigDecimal> alicePurchases = find(result, "alice", "purchases").scores();
        assertEquals(new BigDecimal("12"), alicePurchases.get("count"));
        assertEquals(new BigDecimal("365"), alicePurchases.get("window_days"));
        assertEquals(new BigDecimal("0.99"), alicePurchases.get("per_30_days"));
        Map<String, BigDecimal> aliceInteractions = find(result, "alice", "interactions").scores();
        assertEquals(new BigDecimal("8"), aliceInteractions.get("count"));
        assertEquals(new BigDecimal("90"), aliceInteractions.get("window_days"));
        assertEquals(new BigDecimal("2.67"), aliceInteractions.get("per_30_days"));
        assertEquals(new BigDecimal("0.33"), find(result, "carol", "purchases").scores().get("per_30_days"));
        assertEquals(new BigDecimal("2"), find(result, "erin", "purchases").scores().get("count"));
        assertEquals(new BigDecimal("0.00"), find(result, "hank", "purchases").scores().get("per_30_days"));
    }

    @Test
    void labelsCarryTheContractNamesInBothLanguages() {
        assertEquals(new Label("frequent", "Frequent buyer", "高频客户"), find(result, "alice", "purchases").label());
        assertEquals(new Label("regular", "Regular buyer", "常规客户"), find(result, "bob", "purchases").label());
        assertEquals(new Label("occasional", "Occasional buyer", "偶尔购买"), find(result, "dave", "purchases").label());
        assertEquals(new Label("one-time", "One-time buyer", "单次购买"), find(result, "frank", "purchases").label());
        assertEquals(new Label("none", "No recent purchase", "近期无购买"), find(result, "gina", "purchases").label());
        assertEquals(new Label("very-active", "Very active", "高互动"), find(result, "alice", "interactions").label());
        assertEquals(new Label("active", "Active", "活跃互动"), find(result, "bob", "interactions").label());
        assertEquals(new Label("occasional", "Occasional", "偶尔互动"), find(result, "erin", "interactions").label());
        assertEquals(new Label("silent", "Silent", "无互动"), find(result, "gina", "interactions").label());
    }

    @Test
    void explanationsNameTheNumbersTheWindowWithItsAsOfDayAndTheRule() {
        String carol = find(result, "carol", "purchases").explanation();
        assertTrue(carol.startsWith("4 purchase days (4 completed orders; orders on the same day count once) in "
                + "the last 365 days (2025-07-01 to 2026-06-30, the as-of day included), 0.33 per 30 days: at least "
                + "4 (purchases.regular.min) and below 12 (purchases.frequent.min) -> regular. "), carol);
        assertTrue(carol.endsWith("Rule (purchase days in the window): frequent >= 12 (purchases.frequent.min), "
                + "regular >= 4 (purchases.regular.min), occasional >= 2, one-time 1, none 0."), carol);
        String gina = find(result, "gina", "purchases").explanation();
        assertTrue(gina.startsWith("0 purchase days in the last 365 days (2025-07-01 to 2026-06-30, the as-of day "
                + "included) (the last completed purchase was on 2024-01-10), 0.00 per 30 days: 0 -> none."), gina);
        String hank = find(result, "hank", "purchases").explanation();
        assertTrue(hank.contains("(no completed purchase up to 2026-06-30)"), hank);
        String frankPurchases = find(result, "frank", "purchases").explanation();
        assertTrue(frankPurchases.contains("0.08 per 30 days: 1 -> one-time."), frankPurchases);
        String alice = find(result, "alice", "interactions").explanation();
        assertTrue(alice.startsWith("8 interactions of every kind in the last 90 days (2026-04-02 to 2026-06-30, "
                + "the as-of day included), 2.67 per 30 days: at least 8 (interactions.very.active.min) -> "
                + "very-active. Rule (interactions in the window): very-active >= 8 (interactions.very.active.min), "
                + "active >= 3 (interactions.active.min), occasional >= 1, silent 0."), alice);
        String frank = find(result, "frank", "interactions").explanation();
        assertTrue(frank.startsWith("0 interactions of every kind in the last 90 days"), frank);
        assertTrue(frank.contains(": 0 -> silent."), frank);
    }

    @Test
    void summaryCountsEachLabelAndTheInteractionsRead() {
        String summary = result.summary();
        assertTrue(summary.contains("Frequency as of 2026-06-30, 8 customers."), summary);
        assertTrue(summary.contains(": 1 frequent, 2 regular, 2 occasional, 1 one-time, 2 none."), summary);
        assertTrue(summary.contains(": 1 very-active, 2 active, 3 occasional, 2 silent."), summary);
        assertTrue(summary.contains("26 interactions read: 22 counted, 0 in the window of kinds not counted, "
                + "3 outside the window, 1 of customers outside the base (skipped)"), summary);
    }
}
