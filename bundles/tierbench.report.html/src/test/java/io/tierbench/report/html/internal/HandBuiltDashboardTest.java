package io.tierbench.report.html.internal;

import static io.tierbench.report.html.internal.GeneratedReport.list;
import static io.tierbench.report.html.internal.GeneratedReport.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.report.ReportRequest;
import io.tierbench.api.repository.LabelCount;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The dashboard of the hand-built two-run case ({@link HandBuiltRuns}), read back and checked figure by figure. The
 * runs are built once; no test changes them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandBuiltDashboardTest {

    private TestRepositories repositories;
    private HandBuiltRuns runs;
    /** The second run's dashboard in English, read by most tests. */
    private GeneratedReport second;

    @BeforeAll
    void build() throws IOException {
        repositories = new TestRepositories();
        runs = new HandBuiltRuns();
        runs.loadInto(repositories.customers, repositories.runs);
        second = GeneratedReport.generate(repositories, runs.secondRun, "en", "hand-built-second-run.html");
    }

    @AfterAll
    void close() {
        repositories.close();
    }

    @Test
    void distributionBarsAreTheRepositoryCountsOfEveryClassifierAndScheme() {
        GeneratedReport report = second;

        Map<String, Map<String, Long>> expected = new LinkedHashMap<>();
        for (LabelCount count : repositories.runs.labelDistribution(runs.secondRun)) {
            expected.computeIfAbsent(count.classifierId() + "/" + count.scheme(), k -> new LinkedHashMap<>())
                    .put(count.label().en(), count.customers());
        }
        Map<String, Map<String, Long>> shown = new LinkedHashMap<>();
        for (Map<String, Object> chart : list(report.section(Section.DISTRIBUTION), "charts")) {
            Map<String, Long> bars = new LinkedHashMap<>();
            list(chart, "bars").forEach(bar -> bars.put((String) bar.get("label"), number(bar.get("customers"))));
            shown.put(chart.get("classifier") + "/" + chart.get("scheme"), bars);
        }
        assertEquals(expected, shown);
        assertEquals(List.of("abc/class", "clv/historical", "clv/predictive", "lifecycle/stage", "rfm/segment",
                "satisfaction/level", "satisfaction/nps", "vip/tier"), List.copyOf(shown.keySet()));
        assertEquals(Map.of("Champions (en)", 2L, "No-purchases (en)", 2L, "Potential-loyalist (en)", 1L,
                "Hibernating (en)", 1L), shown.get("rfm/segment"));
        assertEquals(8, report.document().select("#section-distribution [data-chart=distribution]").size());
    }

    @Test
    void rfmGridCountsTheScoredCustomersPerCell() {
        Map<String, Object> grid = second.section(Section.RFM_GRID);

        Map<String, Long> occupied = new LinkedHashMap<>();
        for (Map<String, Object> cell : list(grid, "cells")) {
            if (number(cell.get("customers")) > 0) {
                occupied.put("R" + cell.get("r") + "FM" + cell.get("fm") + " " + cell.get("segment"),
                        number(cell.get("customers")));
            }
        }
        assertEquals(Map.of("R5FM4 Champions (en)", 2L, "R3FM3 Potential-loyalist (en)", 1L,
                "R1FM2 Hibernating (en)", 1L), occupied);
        assertEquals(25, list(grid, "cells").size());
        assertEquals(List.of(5L, 4L, 2L), List.of(number(grid.get("bins")), number(grid.get("scored")),
                number(grid.get("notScored"))));
    }

    @Test
    void paretoCurveAndClassEndsFollowTheRevenueAndTheAbcLabels() {
        Map<String, Object> pareto = second.section(Section.PARETO);

        // Revenues 600, 250, 100, 50, 0, 0 of 1000: the curve through every customer.
        assertEquals("[[0.00, 0.00], [16.67, 60.00], [33.33, 85.00], [50.00, 95.00], [66.67, 100.00], "
                + "[83.33, 100.00], [100.00, 100.00]]", pareto.get("points").toString());
        assertEquals(0, new BigDecimal("1000.00").compareTo((BigDecimal) pareto.get("revenue")));
        List<Map<String, Object>> cutoffs = list(pareto, "cutoffs");
        // Two A customers end at 1/3 of the customers and 85 % of the revenue; the one B customer at 1/2 and 95 %.
        assertEquals(List.of("a", "A (en)", 2L, "33.33", "85.00"), cutoff(cutoffs.get(0)));
        assertEquals(List.of("b", "B (en)", 1L, "50.00", "95.00"), cutoff(cutoffs.get(1)));
    }

    private static List<Object> cutoff(Map<String, Object> cutoff) {
        return List.of(cutoff.get("key"), cutoff.get("label"), number(cutoff.get("customers")),
                cutoff.get("customerShare").toString(), cutoff.get("revenueShare").toString());
    }

    @Test
    void clvHistogramsBinTheStoredValuesOfBothSchemes() {
        Map<String, Object> clv = second.section(Section.CLV);

        List<Map<String, Object>> histograms = list(clv, "histograms");
        assertEquals(List.of("predictive", "historical"),
                histograms.stream().map(h -> h.get("scheme")).toList());
        // Predictive 80, 300, 500, 1200: bins of 200 up to the 95th percentile (1200).
        assertEquals("0-200:1 200-400:1 400-600:1 600-800:0 800-1000:0 1000-1200:0 1200-1400:1",
                bins(histograms.get(0)));
        // Historical 50, 100, 250, 600: bins of 100.
        assertEquals("0-100:1 100-200:1 200-300:1 300-400:0 400-500:0 500-600:0 600-700:1", bins(histograms.get(1)));
        assertEquals(List.of(4L, 2L), List.of(number(histograms.get(0).get("valued")),
                number(histograms.get(0).get("withoutValue"))));
    }

    private static String bins(Map<String, Object> histogram) {
        return list(histogram, "bins").stream().map(b -> b.get("from") + "-" + b.get("to") + ":" + b.get("customers"))
                .collect(Collectors.joining(" "));
    }

    @Test
    void funnelShowsTheStagesInTheSpecificationsOrder() {
        Map<String, Object> lifecycle = second.section(Section.LIFECYCLE);

        assertEquals(List.of("potential=2", "active=2", "at-risk=1", "churned=1"), list(lifecycle, "stages").stream()
                .map(s -> s.get("key") + "=" + s.get("customers")).toList());
    }

    @Test
    void satisfactionLevelsAndCompanyNps() {
        GeneratedReport report = second;
        Map<String, Object> satisfaction = report.section(Section.SATISFACTION);

        assertEquals(List.of("high=2", "medium=1", "low=1", "unknown=2"), list(satisfaction, "levels").stream()
                .map(s -> s.get("key") + "=" + s.get("customers")).toList());
        @SuppressWarnings("unchecked")
        Map<String, Object> nps = (Map<String, Object>) satisfaction.get("nps");
        // 3 promoters, 1 passive, 1 detractor answered: (3 - 1) / 5 = +40.0; one customer without an answer.
        assertEquals("40.0", nps.get("score").toString());
        assertEquals(List.of(3L, 1L, 1L, 1L), Stream.of("promoters", "passives", "detractors", "noAnswer")
                .map(key -> number(nps.get(key))).toList());
        assertTrue(report.document().select("#section-satisfaction p.note").text().contains("Company NPS +40.0"));
    }

    @Test
    void migrationMatricesCountTheMovesBetweenTheTwoRuns() {
        GeneratedReport report = second;
        Map<String, Object> migration = report.section(Section.MIGRATION);

        assertEquals(runs.firstRun, number(migration.get("fromRun")));
        List<Map<String, Object>> matrices = list(migration, "matrices");
        // Only the schemes labelled in both runs: not CLV (absent in run 1), satisfaction (failed) or vip (new).
        assertEquals(List.of("abc/class", "lifecycle/stage", "rfm/segment"),
                matrices.stream().map(m -> m.get("classifier") + "/" + m.get("scheme")).toList());
        assertEquals(Map.of("a>a", 2L, "a>b", 1L, "c>c", 2L, "->c", 1L), moves(matrices.get(0)));
        assertEquals(Map.of("new>active", 1L, "active>active", 1L, "active>at-risk", 1L, "at-risk>churned", 1L,
                "potential>potential", 1L, "->potential", 1L), moves(matrices.get(1)));
        assertEquals(Map.of("loyal-customers>champions", 1L, "champions>champions", 1L,
                "potential-loyalist>potential-loyalist", 1L, "need-attention>hibernating", 1L,
                "no-purchases>no-purchases", 1L, "->no-purchases", 1L), moves(matrices.get(2)));
        assertEquals(List.of(1L, 3L, 2L), matrices.stream().map(m -> number(m.get("moved"))).toList());
        assertEquals(List.of(5L, 5L, 5L), matrices.stream().map(m -> number(m.get("labelledInBoth"))).toList());
        assertEquals(List.of("ABC (Pareto) \u2014 classes", "Lifecycle stage \u2014 stages", "RFM \u2014 segments"),
                report.document().select("#migration-select option").eachText());
    }

    /** @return the matrix's cells as {@code from>to} to customers, {@code -} for "not in that run" */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> moves(Map<String, Object> matrix) {
        List<String> keys = (List<String>) matrix.get("keys");
        Map<String, Long> moves = new LinkedHashMap<>();
        for (Object cell : (List<Object>) matrix.get("cells")) {
            List<BigDecimal> c = (List<BigDecimal>) cell;
            String from = keys.get(c.get(0).intValueExact());
            String to = keys.get(c.get(1).intValueExact());
            moves.put((from == null ? "-" : from) + ">" + (to == null ? "-" : to), c.get(2).longValueExact());
        }
        return moves;
    }

    @Test
    void headerNamesTheRunItsCountsAndEveryClassifierVersion() {
        GeneratedReport report = second;

        assertEquals(String.valueOf(runs.secondRun), report.document().selectFirst("dd[data-fact=id]").text());
        assertEquals("2026-03-31", report.document().selectFirst("dd[data-fact=asOf]").text());
        assertEquals("6", report.document().selectFirst("dd[data-fact=customers]").text());
        assertEquals("4", report.document().selectFirst("dd[data-fact=orders]").text());
        List<String> rows = report.document().select("table.classifiers tbody tr").stream()
                .map(row -> String.join("|", row.select("td").eachText())).toList();
        assertEquals(List.of("abc|ABC (Pareto)|1.0.0|completed", "clv|Customer lifetime value|1.0.0|completed",
                "lifecycle|Lifecycle stage|1.0.0|completed", "rfm|RFM|1.0.0|completed",
                "satisfaction|Satisfaction|1.0.0|completed", "vip|VIP <b>list</b>|0.9|completed"), rows);
        assertTrue(report.document().select("table.classifiers b").isEmpty(), "a classifier name is text, not HTML");
    }

    @Test
    void sectionsOfClassifiersThatDidNotRunOrFailedAreLeftOutWithTheReason() throws IOException {
        GeneratedReport report = GeneratedReport.generate(repositories, runs.firstRun, "en", "hand-first-run.html");

        assertEquals("The Customer lifetime value classifier did not run in this run, so this section is left out.",
                report.omittedNote(Section.CLV));
        assertEquals("The Satisfaction classifier failed in this run (no interactions table), so this section is "
                + "left out.", report.omittedNote(Section.SATISFACTION));
        assertEquals("There is no earlier run to compare with, so this section is left out.",
                report.omittedNote(Section.MIGRATION));
        for (String left : List.of(Section.CLV, Section.SATISFACTION, Section.MIGRATION)) {
            assertNull(report.section(left), left);
            assertTrue(report.document().select("#section-" + left + " [data-chart]").isEmpty(), left);
        }
        for (String shown : List.of(Section.DISTRIBUTION, Section.RFM_GRID, Section.PARETO, Section.LIFECYCLE)) {
            assertNull(report.omittedNote(shown), shown);
            assertFalse(report.document().select("#section-" + shown + " [data-chart]").isEmpty(), shown);
        }
        assertEquals("failed: no interactions table",
                report.document().selectFirst("tr[data-classifier=satisfaction] td:last-child").text());
    }

    @Test
    void aLabelThatLooksLikeMarkupStaysDataAndNoPersonalDataReachesThePage() {
        GeneratedReport report = second;

        assertEquals(4, report.document().select("script").size(), "error hook, data, ECharts, dashboard");
        assertFalse(report.html().contains(HandBuiltRuns.HOSTILE_LABEL));
        List<Map<String, Object>> charts = list(report.section(Section.DISTRIBUTION), "charts");
        Map<String, Object> vip = charts.get(charts.size() - 1);
        assertEquals(HandBuiltRuns.HOSTILE_LABEL, list(vip, "bars").get(0).get("label"));
        String page = report.htmlWithoutLibrary();
        for (String personal : HandBuiltRuns.PERSONAL_DATA) {
            assertFalse(page.contains(personal), personal);
        }
    }

    @Test
    void chinesePageUsesTheChineseLabelsAndTexts() throws IOException {
        GeneratedReport report = GeneratedReport.generate(repositories, runs.secondRun, "zh", "hand-zh.html");

        assertEquals("zh-CN", report.document().selectFirst("html").attr("lang"));
        assertEquals("客户分级看板", report.document().selectFirst("h1").text());
        assertEquals("生命周期漏斗", report.document().selectFirst("#section-lifecycle h2").text());
        assertEquals("zh", report.data().get("language"));
        assertEquals(List.of("potential（中）", "active（中）", "at-risk（中）", "churned（中）"),
                list(report.section(Section.LIFECYCLE), "stages").stream().map(s -> s.get("label")).toList());
        assertEquals("RFM 分析 \u2014 客户细分",
                report.document().select("#migration-select option").get(2).text());
    }

    @Test
    void replacesAnExistingFileWholeAndLeavesNoPartialFileBehind() throws IOException {
        Path directory = GeneratedReport.DIRECTORY.resolve("replace");
        Files.createDirectories(directory);
        Path target = directory.resolve("dashboard.html");
        Files.writeString(target, "old content");

        new HtmlDashboardReport().generate(new ReportRequest(runs.secondRun, "en", true, repositories.customers,
                repositories.runs), target);

        assertTrue(Files.readString(target).startsWith("<!DOCTYPE html>"));
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of("dashboard.html"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aNewReportGetsThePermissionsOfAnyNewFile() throws IOException {
        Path directory = Files.createDirectories(GeneratedReport.DIRECTORY.resolve("permissions"));
        Path plain = directory.resolve("plain.txt");
        Files.deleteIfExists(plain);
        Files.writeString(plain, "x");
        Path report = directory.resolve("new-dashboard.html");
        Files.deleteIfExists(report);

        new HtmlDashboardReport().generate(new ReportRequest(runs.secondRun, "en", false, repositories.customers,
                repositories.runs), report);

        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(report));
    }

    @Test
    void anUnknownRunIsAnError() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new HtmlDashboardReport().generate(new ReportRequest(999, "en", false, repositories.customers,
                        repositories.runs), GeneratedReport.DIRECTORY.resolve("unknown.html")));
        assertTrue(error.getMessage().contains("999"), error.getMessage());
    }

    @Test
    void everyShownSectionHasItsChartContainers() {
        GeneratedReport report = second;

        List<String> charts = new ArrayList<>();
        for (Element chart : report.document().select("[data-chart]")) {
            charts.add(chart.attr("data-chart") + "#" + chart.attr("data-index"));
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            expected.add("distribution#" + i);
        }
        expected.addAll(Arrays.asList("rfm-grid#0", "pareto#0", "clv#0", "clv#1", "lifecycle#0",
                "satisfaction-levels#0", "nps#0", "migration#0"));
        assertEquals(expected, charts);
        assertTrue(report.document().select("p.omitted").isEmpty());
    }
}
