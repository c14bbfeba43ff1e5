package io.tierbench.classifier.potential.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Seventeen customers worked out by hand as of 2026-06-30: revenue over 2025-07-01 .. 2026-06-30; default
 * configuration (small 1-49, medium 50-499, large 500+; 75th percentile; min.peers 5; high below 30 %, medium below
 * 70 %) plus the configured {@code expected.化工.large = 1000000}.
 *
 * <pre>
 * active peers (revenue > 0) and their 75th percentiles, h = (n - 1) x 0.75 on the sorted values, from 0:
 *   电子制造 x medium  e8 5000, e1 10000, e2 27000, e3 63000, e4 80000, e5 100000, e6 150000       n 7
 *                     h = 4.5: 80000 + 0.5 x 20000 = 90000
 *   size medium       the 7 above + m1 20000, s1 30000, m2 60000                                   n 10
 *                     sorted 5000 10000 20000 27000 30000 60000 63000 80000 100000 150000
 *                     h = 6.75: 63000 + 0.75 x (80000 - 63000) = 75750
 *   industry 电子制造  the 7 of the cell + u1 45000 (size unknown), L1 300000 (large)               n 9
 *                     sorted 5000 10000 27000 45000 63000 80000 100000 150000 300000
 *                     h = 6: 100000
 *   机械 x medium 2, size large 2 (L1, c1), 纺织 1, size small 1: fewer than 5, no benchmark
 *
 * id  industry  employees revenue  expected  basis       share      label
 * c1  化工       800      250000   1000000   configured  25 %       high      (configured wins)
 * e1  电子制造    50       10000     90000   cell        11.1111 %  high      (50: first medium size)
 * e2  电子制造   499       27000     90000   cell        30 %       medium    (exactly high.below)
 * e3  电子制造   120       63000     90000   cell        70 %       realised  (exactly medium.below)
 * e4  电子制造   200       80000     90000   cell        88.8889 %  realised
 * e5  电子制造   300      100000     90000   cell       111.1111 %  realised  gap 0, not -10000
 * e6  电子制造   450      150000     90000   cell       166.6667 %  realised  (two purchases)
 * e7  电子制造    80           0     90000   cell        0 %        high      (bought 2025-06-30, the day before)
 * e8  电子制造    60        5000     90000   cell        5.5556 %   high      (bought 2025-07-01, the first day)
 * m1  机械       100       20000     75750   size        26.4026 %  high
 * m2  机械       250       60000     75750   size        79.2079 %  realised
 * s1  -          120       30000     75750   size        39.6040 %  medium    (no industry)
 * u1  电子制造_     -        45000    100000   industry    45 %       medium    (no size; trailing blank ignored)
 * L1  电子制造   500      300000    100000   industry   300 %       realised  (cell 1, size large 2 passed over)
 * p1  person      -         2000         -   -           -          unknown   (no industry, no size)
 * x1  纺织        49        5000         -   -           -          unknown   (every group has 1 peer)
 * z1  纺织         0           0         -   -           -          unknown   (size 0 ignored)
 * </pre>
 */
class PotentialHandComputedTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    static final Map<String, Object> TABLE = Map.of("expected.化工.large", "1000000");

    private static ClassifierResult result;

    /** The seventeen customers of the table above. */
    static FakeClassificationContext market() {
        return new FakeClassificationContext(AS_OF)
                .company("c1", "化工", 800).purchase("c1", "2026-01-10", "250000.00")
                .company("e1", "电子制造", 50).purchase("e1", "2026-03-01", "10000.00")
                .company("e2", "电子制造", 499).purchase("e2", "2026-03-01", "27000.00")
                .company("e3", "电子制造", 120).purchase("e3", "2026-03-01", "63000.00")
                .company("e4", "电子制造", 200).purchase("e4", "2026-03-01", "80000.00")
                .company("e5", "电子制造", 300).purchase("e5", "2026-03-01", "100000.00")
                .company("e6", "电子制造", 450).purchase("e6", "2025-09-01", "100000.00")
                .purchase("e6", "2026-06-30", "50000.00")
                .company("e7", "电子制造", 80).purchase("e7", "2025-06-30", "500.00")
                .company("e8", "电子制造", 60).purchase("e8", "2025-07-01", "5000.00")
                .company("m1", "机械", 100).purchase("m1", "2026-02-01", "20000.00")
                .company("m2", "机械", 250).purchase("m2", "2026-02-01", "60000.00")
                .company("s1", null, 120).purchase("s1", "2026-02-01", "30000.00")
                .company("u1", "电子制造 ", null).purchase("u1", "2026-02-01", "45000.00")
                .company("L1", "电子制造", 500).purchase("L1", "2026-02-01", "300000.00")
                .person("p1").purchase("p1", "2026-02-01", "2000.00")
                .company("x1", "纺织", 49).purchase("x1", "2026-02-01", "5000.00")
                .company("z1", "纺织", 0);
    }

    static PotentialClassifier classifier() {
        return TestConfigurations.classifier(Map.of(), TABLE);
    }

    @BeforeAll
    static void classify() throws Exception {
        result = classifier().classify(market());
    }

    static Classification find(ClassifierResult result, String customer) {
        return result.classifications().stream().filter(c -> c.customerId().equals(customer)).findFirst()
                .orElseThrow(() -> new AssertionError("no label for " + customer));
    }

    static String label(ClassifierResult result, String customer) {
        return find(result, customer).label().key();
    }

    static BigDecimal score(ClassifierResult result, String customer, String score) {
        return find(result, customer).scores().get(score);
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + ", was " + actual);
    }

    @Test
    void labelsFollowTheRealisedShareOfTheExpectedValue() {
        Map<String, String> expected = Map.ofEntries(Map.entry("c1", "high"), Map.entry("e1", "high"),
                Map.entry("e2", "medium"), Map.entry("e3", "realised"), Map.entry("e4", "realised"),
                Map.entry("e5", "realised"), Map.entry("e6", "realised"), Map.entry("e7", "high"),
                Map.entry("e8", "high"), Map.entry("m1", "high"), Map.entry("m2", "realised"),
                Map.entry("s1", "medium"), Map.entry("u1", "medium"), Map.entry("L1", "realised"),
                Map.entry("p1", "unknown"), Map.entry("x1", "unknown"), Map.entry("z1", "unknown"));
        expected.forEach((customer, label) -> assertEquals(label, label(result, customer), customer));
        assertEquals(17, result.classifications().size());
        assertTrue(result.classifications().stream().allMatch(c -> c.scheme().equals("potential")));
    }

    @Test
    void expectedValuesFollowTheFallbackChain() {
        assertAmount("1000000", score(result, "c1", "expected_annual"));
        assertAmount("90000", score(result, "e2", "expected_annual"));
        assertAmount("90000", score(result, "e7", "expected_annual"));
        assertAmount("75750", score(result, "m1", "expected_annual"));
        assertAmount("75750", score(result, "s1", "expected_annual"));
        assertAmount("100000", score(result, "u1", "expected_annual"));
        assertAmount("100000", score(result, "L1", "expected_annual"));
        Map<String, Integer> bases = Map.of("c1", 1, "e1", 2, "e7", 2, "m2", 3, "s1", 3, "u1", 4, "L1", 4, "p1", 0,
                "x1", 0, "z1", 0);
        bases.forEach((customer, basis) -> assertAmount(basis.toString(), score(result, customer, "basis")));
    }

    @Test
    void scoresGiveExpectedCurrentGapAndShareInPercent() {
        Classification e2 = find(result, "e2");
        assertEquals(java.util.List.of("expected_annual", "current_annual", "gap", "realised_share", "basis"),
                java.util.List.copyOf(e2.scores().keySet()));
        assertAmount("27000", e2.scores().get("current_annual"));
        assertAmount("63000", e2.scores().get("gap"));
        assertAmount("30", e2.scores().get("realised_share"));
        assertAmount("26.4026", score(result, "m1", "realised_share"));
        assertAmount("39.6040", score(result, "s1", "realised_share"));
        assertAmount("5.5556", score(result, "e8", "realised_share"));
        assertAmount("0", score(result, "e5", "gap"));
        assertAmount("111.1111", score(result, "e5", "realised_share"));
        assertAmount("90000", score(result, "e7", "gap"));
        assertAmount("0", score(result, "e7", "current_annual"));
        assertAmount("750000", score(result, "c1", "gap"));
        assertAmount("150000", score(result, "e6", "current_annual"));
        assertEquals(Map.of("current_annual", new BigDecimal("2000.00"), "basis", BigDecimal.ZERO),
                find(result, "p1").scores());
    }

    @Test
    void labelsCarryTheContractNamesInBothLanguages() {
        assertEquals(new Label("high", "High potential", "高潜力"), find(result, "c1").label());
        assertEquals(new Label("medium", "Medium potential", "中潜力"), find(result, "e2").label());
        assertEquals(new Label("realised", "Potential realised", "潜力已释放"), find(result, "e3").label());
        assertEquals(new Label("unknown", "Unknown potential", "潜力未知"), find(result, "p1").label());
    }

    @Test
    void theCellExplanationShowsThePercentileComputationAndTheRule() {
        String e2 = find(result, "e2").explanation();
        assertTrue(e2.startsWith("Industry 电子制造, 499 employees (medium: 50 to 499 employees). Expected annual "
                + "revenue 90000.00 (basis industry x size): the 75th percentile of the last-365-day revenue of the 7 "
                + "active customers (revenue > 0, this one included) in industry x size 电子制造 x medium (linear "
                + "interpolation between closest ranks, numpy's default; h = (7 - 1) x 75 / 100 = 4.5, between the "
                + "5th and 6th smallest: 80000.00 + 0.5 x (100000.00 - 80000.00) = 90000.00) (passed over: no "
                + "configured expected.电子制造.medium). Revenue in the last 365 days (2025-07-01 to 2026-06-30, the "
                + "as-of day included) 27000.00 = 30 % of expected: not below 30 % (high.below), below 70 % "
                + "(medium.below) -> medium; gap 63000.00 (expected minus revenue, at least 0). Rule: realised "
                + "share = revenue in the last 365 days / expected annual revenue; high below 30 %, medium below "
                + "70 %, else realised;"), e2);
        assertTrue(e2.endsWith("else the 75th percentile of the active peers' last-365-day revenue in the same "
                + "industry and size when at least 5, else the same size, else the same industry; none -> unknown."),
                e2);
        assertTrue(find(result, "e7").explanation().contains("(revenue > 0; this one has none)"));
        assertTrue(find(result, "e3").explanation().contains("= 70 % of expected: not below 70 % (medium.below) "
                + "-> realised"));
    }

    @Test
    void fallbackExplanationsSayWhatWasPassedOver() {
        String m1 = find(result, "m1").explanation();
        assertTrue(m1.contains("(basis size): the 75th percentile of the last-365-day revenue of the 10 active "
                + "customers (revenue > 0, this one included) in size medium (across industries) (linear "
                + "interpolation between closest ranks, numpy's default; h = (10 - 1) x 75 / 100 = 6.75, between the "
                + "7th and 8th smallest: 63000.00 + 0.75 x (80000.00 - 63000.00) = 75750.00) (passed over: no "
                + "configured expected.机械.medium; industry x size 机械 x medium has 2 active customers, fewer than "
                + "min.peers 5)."), m1);
        String l1 = find(result, "L1").explanation();
        assertTrue(l1.contains("in industry 电子制造 (any size) (linear interpolation between closest ranks, numpy's "
                + "default; h = (9 - 1) x 75 / 100 = 6, the 7th smallest: 100000.00) (passed over: no configured "
                + "expected.电子制造.large; industry x size 电子制造 x large has 1 active customer, fewer than min.peers "
                + "5; size large (across industries) has 2 active customers, fewer than min.peers 5)."), l1);
        assertTrue(l1.contains("= 300 % of expected"), l1);
        String u1 = find(result, "u1").explanation();
        assertTrue(u1.startsWith("Industry 电子制造, company size not recorded. Expected annual revenue 100000.00 "
                + "(basis industry):"), u1);
        assertFalse(u1.contains("passed over"), u1);
        String c1 = find(result, "c1").explanation();
        assertTrue(c1.startsWith("Industry 化工, 800 employees (large: 500 employees or more). Expected annual "
                + "revenue 1000000 (basis configured): configured expected.化工.large = 1000000. Revenue in the last "
                + "365 days (2025-07-01 to 2026-06-30, the as-of day included) 250000.00 = 25 % of expected: below "
                + "30 % (high.below) -> high; gap 750000.00"), c1);
    }

    @Test
    void unknownExplanationsGiveTheReason() {
        String p1 = find(result, "p1").explanation();
        assertTrue(p1.startsWith("No industry recorded, company size not recorded. Unknown potential: neither an "
                + "industry nor a usable company size is recorded, so there are no peers to compare with. Revenue "
                + "in the last 365 days (2025-07-01 to 2026-06-30, the as-of day included) 2000.00."), p1);
        String x1 = find(result, "x1").explanation();
        assertTrue(x1.startsWith("Industry 纺织, 49 employees (small: 1 to 49 employees). Unknown potential: no "
                + "expected value: no configured expected.纺织.small; industry x size 纺织 x small has 1 active "
                + "customer, fewer than min.peers 5; size small (across industries) has 1 active customer, fewer "
                + "than min.peers 5; industry 纺织 (any size) has 1 active customer, fewer than min.peers 5."), x1);
        String z1 = find(result, "z1").explanation();
        assertTrue(z1.startsWith("Industry 纺织, company size 0 (not a number of employees, ignored). Unknown "
                + "potential: no expected value: industry 纺织 (any size) has 1 active customer, fewer than "
                + "min.peers 5."), z1);
    }

    @Test
    void summaryCountsLabelsAndBasesAndListsEveryBenchmark() {
        String summary = result.summary();
        assertTrue(summary.startsWith("Potential as of 2026-06-30, revenue over the last 365 days (2025-07-01 to "
                + "2026-06-30, the as-of day included): 17 customers: 5 high, 3 medium, 6 realised, 3 unknown; "
                + "expected from: 1 configured, 8 industry x size, 3 size, 2 industry.\n"), summary);
        assertTrue(summary.contains("of groups with at least 5: industry x size 电子制造 x medium: 7 customers, "
                + "90000.00; size medium (across industries): 10 customers, 75750.00; industry 电子制造 (any size): "
                + "9 customers, 100000.00.\n"), summary);
        assertTrue(summary.contains("Configured expected values: {expected.化工.large=1000000}."), summary);
    }
}
