package io.tierbench.report.html.internal;

import static io.tierbench.report.html.internal.GeneratedReport.list;
import static io.tierbench.report.html.internal.GeneratedReport.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.api.repository.LabelCount;
import io.tierbench.api.repository.MigrationMatrix;
import io.tierbench.api.repository.RunInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard of the bundled demo shop after two real runs of the five shipped classifiers, its figures checked
 * against counts taken from the repository independently of the report's own code.
 */
@ExtendWith(DemoShopFixture.class)
class DemoShopDashboardTest {

    private TestRepositories repositories;
    private long secondRun;
    private GeneratedReport report;

    @BeforeEach
    void readTheShop() {
        repositories = DemoShopFixture.shop().repositories;
        secondRun = DemoShopFixture.shop().secondRun;
        report = DemoShopFixture.shop().english;
    }

    @Test
    void everyClassifierCompletedAndEverySectionIsShown() {
        RunInfo run = repositories.runs.run(secondRun).orElseThrow();
        assertEquals(List.of(true, true, true, true, true),
                run.classifiers().stream().map(RunInfo.ClassifierRun::succeeded).toList(), run.toString());
        assertTrue(report.document().select("p.omitted").isEmpty(), report.document().select("p.omitted").text());
        assertEquals("300", report.document().selectFirst("dd[data-fact=customers]").text());
    }

    @Test
    void distributionIsTheRepositorysLabelCounts() {
        Map<String, Long> expected = new LinkedHashMap<>();
        for (LabelCount count : repositories.runs.labelDistribution(secondRun)) {
            expected.put(count.classifierId() + "/" + count.scheme() + "/" + count.label().key(), count.customers());
        }
        Map<String, Long> shown = new LinkedHashMap<>();
        for (Map<String, Object> chart : list(report.section(Section.DISTRIBUTION), "charts")) {
            for (Map<String, Object> bar : list(chart, "bars")) {
                shown.put(chart.get("classifier") + "/" + chart.get("scheme") + "/" + bar.get("key"),
                        number(bar.get("customers")));
            }
        }
        assertEquals(expected, shown);
    }

    @Test
    void gridCellsAreTheCustomersWithEachStoredRAndFmScore() {
        Map<String, Long> expected = new HashMap<>();
        long[] unscored = {0};
        repositories.runs.forEachClassification(secondRun, stored -> {
            if (stored.classifierId().equals("rfm") && stored.classification().scheme().equals("segment")) {
                BigDecimal r = stored.classification().scores().get("r_score");
                BigDecimal fm = stored.classification().scores().get("fm_score");
                if (r == null) {
                    unscored[0]++;
                } else {
                    expected.merge(r.intValue() + "x" + fm.intValue(), 1L, Long::sum);
                }
            }
        });
        Map<String, Object> grid = report.section(Section.RFM_GRID);
        Map<String, Long> shown = new HashMap<>();
        for (Map<String, Object> cell : list(grid, "cells")) {
            if (number(cell.get("customers")) > 0) {
                shown.put(cell.get("r") + "x" + cell.get("fm"), number(cell.get("customers")));
            }
        }
        assertEquals(expected, shown);
        assertEquals(unscored[0], number(grid.get("notScored")));
        assertEquals(300, number(grid.get("scored")) + number(grid.get("notScored")));
    }

    @Test
    void funnelIsTheLifecycleCountsInTheSpecificationsOrder() {
        Map<String, Long> counts = new HashMap<>();
        repositories.runs.labels(secondRun, "lifecycle", "stage").values()
                .forEach(stage -> counts.merge(stage, 1L, Long::sum));
        List<String> expected = LifecycleFunnel.STAGES.stream().filter(counts::containsKey)
                .map(stage -> stage + "=" + counts.get(stage)).toList();

        assertEquals(expected, list(report.section(Section.LIFECYCLE), "stages").stream()
                .map(s -> s.get("key") + "=" + s.get("customers")).toList());
    }

    @Test
    void companyNpsIsTheOneTheSatisfactionClassifierReported() {
        String summary = repositories.runs.run(secondRun).orElseThrow().classifiers().stream()
                .filter(c -> c.classifier().id().equals("satisfaction")).findFirst().orElseThrow().summary();
        Matcher nps = Pattern.compile("company NPS ([+-]?\\d+\\.\\d)").matcher(summary);
        assertTrue(nps.find(), summary);
        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) report.section(Section.SATISFACTION).get("nps");

        assertEquals(new BigDecimal(nps.group(1).replace("+", "")), shown.get("score"));
    }

    @Test
    void classAEndsWhereTheRevenueOfTheAbcClassAEnds() {
        Map<String, String> classes = repositories.runs.labels(secondRun, "abc", "class");
        BigDecimal[] revenue = {BigDecimal.ZERO, BigDecimal.ZERO};
        repositories.customers.forEachPurchaseFacts(null, DemoShopFixture.SECOND_AS_OF, (PurchaseFacts facts) -> {
            revenue[0] = revenue[0].add(facts.totalSpend());
            if ("a".equals(classes.get(facts.customerId()))) {
                revenue[1] = revenue[1].add(facts.totalSpend());
            }
        });
        long classA = classes.values().stream().filter("a"::equals).count();
        Map<String, Object> cutoff = list(report.section(Section.PARETO), "cutoffs").get(0);

        assertEquals(classA, number(cutoff.get("customers")));
        assertEquals(revenue[1].multiply(BigDecimal.valueOf(100)).divide(revenue[0], 2, RoundingMode.HALF_UP),
                cutoff.get("revenueShare"));
        assertTrue(((BigDecimal) cutoff.get("revenueShare")).compareTo(BigDecimal.valueOf(80)) >= 0);
        assertEquals(0, revenue[0].compareTo((BigDecimal) report.section(Section.PARETO).get("revenue")));
    }

    @Test
    void clvHistogramsCountEveryValuedCustomer() {
        for (Map<String, Object> histogram : list(report.section(Section.CLV), "histograms")) {
            long binned = list(histogram, "bins").stream().mapToLong(b -> number(b.get("customers"))).sum();
            assertEquals(number(histogram.get("valued")), binned, histogram.get("scheme").toString());
            assertEquals(300, number(histogram.get("valued")) + number(histogram.get("withoutValue")));
        }
    }

    @Test
    void migrationCellsAreTheRepositorysMatrices() {
        Map<String, Object> migration = report.section(Section.MIGRATION);
        long firstRun = number(migration.get("fromRun"));
        for (Map<String, Object> matrix : list(migration, "matrices")) {
            MigrationMatrix expected = repositories.runs.migration(firstRun, secondRun,
                    (String) matrix.get("classifier"), (String) matrix.get("scheme"));
            @SuppressWarnings("unchecked")
            List<String> keys = (List<String>) matrix.get("keys");
            @SuppressWarnings("unchecked")
            List<List<BigDecimal>> cells = (List<List<BigDecimal>>) matrix.get("cells");
            assertEquals(expected.moves().size(), cells.size());
            for (List<BigDecimal> cell : cells) {
                String from = keys.get(cell.get(0).intValueExact());
                String to = keys.get(cell.get(1).intValueExact());
                assertEquals(expected.count(from, to), cell.get(2).longValueExact(), from + " > " + to);
            }
            assertEquals(expected.moved(), number(matrix.get("moved")));
        }
        Set<String> inBoth = schemes(firstRun);
        inBoth.retainAll(schemes(secondRun));
        assertEquals(inBoth.size(), list(migration, "matrices").size(), inBoth.toString());
        assertTrue(inBoth.size() >= 7, "RFM (2), ABC, CLV historical, lifecycle, satisfaction (2) at least: " + inBoth);
    }

    private Set<String> schemes(long runId) {
        Set<String> schemes = new HashSet<>();
        repositories.runs.labelDistribution(runId).forEach(c -> schemes.add(c.classifierId() + "/" + c.scheme()));
        return schemes;
    }

    @Test
    void noCustomersIdNamePhoneOrEmailIsInThePage() {
        List<String> personalData = DemoShopFixture.shop().data.personalData;
        assertFalse(personalData.isEmpty());
        String page = report.htmlWithoutLibrary();
        for (String personal : personalData) {
            if (personal != null && !personal.isBlank()) {
                assertFalse(page.contains(personal), personal);
            }
        }
    }
}
