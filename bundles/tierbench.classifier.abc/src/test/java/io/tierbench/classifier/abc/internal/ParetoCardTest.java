package io.tierbench.classifier.abc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.workbench.WorkbenchView;
import io.tierbench.classifier.support.testing.CardPage;
import io.tierbench.classifier.support.testing.ComponentXml;
import io.tierbench.classifier.support.testing.ViewModules;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ABC card: its service properties, its files, and what it draws in a real browser. The hand-made run has six
 * customers with revenue 50, 30, 10, 5, 5 and 0 (total 100), two in each class: A ends after 2 of 6 customers
 * (33.33 %) with 80 % of the revenue, B after 4 of 6 (66.67 %) with 95 %.
 */
class ParetoCardTest {

    private static final Path MODULE = Path.of("src/main/resources/workbench/abc/card.js");
    private static final String RUN = """
            {'/runs/7': {id: 7, classifiers: [{id: 'abc', succeeded: true, configuration: {}}]},
             '/runs/7/scores?classifier=abc&scheme=class&score=revenue': {values: VALUES},
             '/runs/7/labels?classifier=abc&scheme=class': {labels: [{key: 'a', en: 'Class A', zh: 'A 类', count: 2},
              {key: 'b', en: 'Class B', zh: 'B 类', count: 2}, {key: 'c', en: 'Class C', zh: 'C 类', count: 2}]}}""";
    private static final String VALUES = "[50, 30, 10, 5, 5, 0]";

    private static List<String> results;

    @BeforeAll
    static void runTheCardInChromium() throws Exception {
        results = CardPage.run(MODULE, List.of(
                "return card.paretoCurve([50, 30, 10, 5, 5, 0], 2, 2);",
                "return card.paretoCurve([10, -5, 30], 1, 0);",
                "const values = Array.from({length: 1000}, (v, i) => 1000 - i);"
                        + "const curve = card.paretoCurve(values, 7, 3);"
                        + "return [curve.points.length, curve.points[curve.points.length - 1], curve.cutoffs];",
                "return card.paretoCurve([0, 0], 0, 0);",
                "const el = element(); await card.render(el, context('en', " + RUN.replace("VALUES", VALUES) + "));"
                        + "return texts(el);",
                "const el = element(); await card.render(el, context('zh', " + RUN.replace("VALUES", VALUES) + "));"
                        + "return texts(el);",
                "const el = element(); await card.render(el, context('en', " + RUN.replace("VALUES", "[0, 0]") + "));"
                        + "return texts(el);",
                "const el = element(); await card.render(el, context('zh', {}, null)); return texts(el);",
                "const el = element(); await card.render(el, context('en', {'/runs/7': {id: 7, classifiers: []}}));"
                        + "return texts(el);",
                "const el = element(); await card.render(el, context('en', {'/runs/7': {id: 7, classifiers: "
                        + "[{id: 'abc', succeeded: false, failureReason: 'no orders'}]}})); return texts(el);"));
    }

    @Test
    void registersADashboardCardForTheAbcClassifier() throws Exception {
        ComponentXml xml = ComponentXml.of(ParetoCard.class);

        assertEquals(WorkbenchView.class.getName(), xml.provides());
        assertEquals(Map.of("tierbench.view.id", "String:abc-pareto", "tierbench.view.titleEn",
                "String:Pareto curve (ABC)", "tierbench.view.titleZh", "String:帕累托曲线（ABC）",
                "tierbench.view.placement", "String:dashboard-card", "tierbench.view.module", "String:card.js",
                "tierbench.view.icon", "String:", "tierbench.view.order", "Integer:20",
                "tierbench.view.classifier", "String:abc"), xml.properties());
    }

    @Test
    void servesItsModuleAndNothingOutsideItsFolder() throws Exception {
        ViewModules.assertServesItsModuleAndNothingOutsideItsFolder(new ParetoCard(), MODULE);
    }

    @Test
    void theModuleExportsRenderAndLoadsNothing() throws Exception {
        ViewModules.assertExportsRenderAndLoadsNothing(MODULE);
    }

    @Test
    void theCurveRisesThroughEveryCustomerWithTheClassEndsMarked() {
        assertEquals("{\"points\":[[0,0],[16.67,50],[33.33,80],[50,90],[66.67,95],[83.33,100],[100,100]],"
                + "\"cutoffs\":[{\"customers\":2,\"customerShare\":33.33,\"revenueShare\":80},"
                + "{\"customers\":2,\"customerShare\":66.67,\"revenueShare\":95}]}", results.get(0));
    }

    @Test
    void revenueIsRankedHighestFirstAndANegativeOneCountsAsZero() {
        // 30, 10, 0 of 40; B is empty, so it ends where A ends
        assertEquals("{\"points\":[[0,0],[33.33,75],[66.67,100],[100,100]],"
                + "\"cutoffs\":[{\"customers\":1,\"customerShare\":33.33,\"revenueShare\":75},"
                + "{\"customers\":0,\"customerShare\":33.33,\"revenueShare\":75}]}", results.get(1));
    }

    @Test
    void aLargeBaseIsDrawnThroughTwoHundredPointsAndTheClassEnds() {
        // 1000 customers with 1000, 999, ... 1 (total 500 500): marks every 5 customers, plus the end of A at 7;
        // A's 7 bring 6 979 (1.39 %), A and B's 10 bring 9 955 (1.99 %)
        assertEquals("[202,[100,100],[{\"customers\":7,\"customerShare\":0.7,\"revenueShare\":1.39},"
                + "{\"customers\":3,\"customerShare\":1,\"revenueShare\":1.99}]]", results.get(2));
    }

    @Test
    void noRevenueGivesNoCurve() {
        assertEquals("null", results.get(3));
        assertEquals("[\"No customer has revenue in the ABC window of run 7, so there is no curve to draw.\"]",
                results.get(6));
    }

    @Test
    void drawsTheCurveWithTheClassEndsInEitherLanguage() {
        String english = results.get(4);
        assertTrue(english.contains("\"Share of customers (%)\""), english);
        assertTrue(english.contains("\"Class A\""), english);
        assertTrue(english.endsWith("\"Class A ends at the top 33.33 % of customers, who bring 80 % of the revenue.\","
                + "\"Class B ends at the top 66.67 % of customers, who bring 95 % of the revenue.\"]"), english);
        String chinese = results.get(5);
        assertTrue(chinese.contains("\"客户占比（%）\""), chinese);
        assertTrue(chinese.endsWith("\"A 类止于前 33.33% 的客户，他们贡献了 80% 的收入。\","
                + "\"B 类止于前 66.67% 的客户，他们贡献了 95% 的收入。\"]"), chinese);
    }

    @Test
    void saysWhyThereIsNothingToDraw() {
        assertEquals("[\"还没有分类运行。\"]", results.get(7));
        assertEquals("[\"ABC did not run in run 7.\"]", results.get(8));
        assertEquals("[\"ABC failed in run 7: no orders\"]", results.get(9));
    }
}
