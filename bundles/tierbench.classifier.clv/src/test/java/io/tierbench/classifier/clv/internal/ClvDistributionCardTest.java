package io.tierbench.classifier.clv.internal;

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
 * The CLV card: its service properties, its files, the bins (the HTML report's, checked against the same
 * hand-computed cases as its HistogramTest) and what it draws in a real browser. In the hand-made run the historical
 * CLVs are 10, 20 and 30 (95th percentile 30, width 5: bins 0-5 ... 30-35) with 2 customers without purchases, and
 * the predictive CLVs 100 and 200 (width 20: bins 0-20 ... 200-220).
 */
class ClvDistributionCardTest {

    private static final Path MODULE = Path.of("src/main/resources/workbench/clv/card.js");
    private static final String DESCRIBE = "const describe = (bins) => bins.map((b) => b.from + '-' "
            + "+ (b.to === null ? '' : b.to) + ':' + b.count).join(' ');\n";
    private static final String HISTORICAL = """
            {classifier: 'clv', scheme: 'historical', labels: [{label: {key: 'top'}, customers: 3},
              {label: {key: 'no-purchases'}, customers: 2}]}""";
    private static final String PREDICTIVE = """
            {classifier: 'clv', scheme: 'predictive', labels: [{label: {key: 'top'}, customers: 2},
              {label: {key: 'no-purchases'}, customers: 3}]}""";
    private static final String RUN = """
            {'/runs/7': {id: 7, classifiers: [{id: 'clv', succeeded: true}], distribution: [DISTRIBUTION]},
             '/runs/7/scores?classifier=clv&scheme=historical&score=historical_clv': {values: [30, 20, 10]},
             '/runs/7/scores?classifier=clv&scheme=predictive&score=clv': {values: [200, 100]}}""";
    private static final String DRAW = """
            const el = element();
            await card.render(el, context(LANG, RESPONSES));
            const chart = window.echarts.getInstanceByDom(el.querySelector('.card-chart'));
            const picker = el.querySelector('select');
            const first = chart.getOption().series[0].data;
            const firstNote = el.querySelector('p').textContent;
            picker.value = '1';
            picker.dispatchEvent(new Event('change'));
            return [first, firstNote, picker.hidden, Array.from(picker.options).map((o) => o.text),
              chart.getOption().series[0].data, chart.getOption().xAxis[0].data.slice(0, 2), texts(el)];""";

    private static List<String> results;

    @BeforeAll
    static void runTheCardInChromium() throws Exception {
        String both = RUN.replace("DISTRIBUTION", HISTORICAL + ", " + PREDICTIVE);
        results = CardPage.run(MODULE, List.of(
                "return [0.7, 1.2, 2.1, 4, 9.4, 120, 0.21].map(card.roundWidth);",
                DESCRIBE + "return describe(card.histogram(Array.from({length: 100}, (v, i) => i)));",
                DESCRIBE + "return describe(card.histogram([...Array.from({length: 19}, (v, i) => i + 1), 1000]));",
                DESCRIBE + "return [describe(card.histogram([0.9, 1])), describe(card.histogram([]))];",
                DESCRIBE + "return describe(card.histogram([-50, 0, 99, 100]));",
                "const el = element(); await card.render(el, context('en', " + RUN.replace("DISTRIBUTION", HISTORICAL)
                        + ")); const chart = window.echarts.getInstanceByDom(el.querySelector('.card-chart'));"
                        + "return [chart.getOption().series[0].data, el.querySelector('select').hidden, texts(el)];",
                DRAW.replace("LANG", "'en'").replace("RESPONSES", both),
                DRAW.replace("LANG", "'zh'").replace("RESPONSES", both),
                "const el = element(); await card.render(el, context('en', " + RUN.replace("DISTRIBUTION", "")
                        + ")); return texts(el);",
                "const el = element(); await card.render(el, context('en', {}, null)); return texts(el);",
                "const el = element(); await card.render(el, context('zh', {'/runs/7': {id: 7, classifiers: []}}));"
                        + "return texts(el);",
                "const el = element(); await card.render(el, context('en', {'/runs/7': {id: 7, classifiers: "
                        + "[{id: 'clv', succeeded: false, failureReason: 'fit failed'}]}})); return texts(el);"));
    }

    @Test
    void registersADashboardCardForTheClvClassifier() throws Exception {
        ComponentXml xml = ComponentXml.of(ClvDistributionCard.class);

        assertEquals(WorkbenchView.class.getName(), xml.provides());
        assertEquals(Map.of("tierbench.view.id", "String:clv-distribution", "tierbench.view.titleEn",
                "String:CLV distribution", "tierbench.view.titleZh", "String:客户终身价值分布",
                "tierbench.view.placement", "String:dashboard-card", "tierbench.view.module", "String:card.js",
                "tierbench.view.icon", "String:", "tierbench.view.order", "Integer:30",
                "tierbench.view.classifier", "String:clv"), xml.properties());
    }

    @Test
    void servesItsModuleAndNothingOutsideItsFolder() throws Exception {
        ViewModules.assertServesItsModuleAndNothingOutsideItsFolder(new ClvDistributionCard(), MODULE);
    }

    @Test
    void theModuleExportsRenderAndLoadsNothing() throws Exception {
        ViewModules.assertExportsRenderAndLoadsNothing(MODULE);
    }

    @Test
    void binsAreTheHtmlReportsOnes() {
        assertEquals("[1,2,2.5,5,10,200,0.25]", results.get(0));
        assertEquals("\"0-10:10 10-20:10 20-30:10 30-40:10 40-50:10 50-60:10 60-70:10 70-80:10 80-90:10 90-100:10\"",
                results.get(1));
        assertEquals("\"0-2:1 2-4:2 4-6:2 6-8:2 8-10:2 10-12:2 12-14:2 14-16:2 16-18:2 18-20:2 20-:1\"",
                results.get(2));
        assertEquals("[\"0-0.1:0 0.1-0.2:0 0.2-0.3:0 0.3-0.4:0 0.4-0.5:0 0.5-0.6:0 0.6-0.7:0 0.7-0.8:0 0.8-0.9:0 "
                + "0.9-1:1 1-1.1:1\",\"\"]", results.get(3));
        assertEquals("\"-60--40:1 -40--20:0 -20-0:0 0-20:1 20-40:0 40-60:0 60-80:0 80-100:1 100-120:1\"",
                results.get(4));
    }

    @Test
    void aRunWithOnlyHistoricalClvShowsItsHistogramAndNoChoice() {
        assertEquals("[[0,0,1,0,1,0,1],true,", results.get(5).substring(0, 22));
        assertTrue(results.get(5).endsWith("\"3 customers valued; 2 without purchases have no CLV. "
                + "The last bar gathers the top 5 %.\"]]"), results.get(5));
    }

    @Test
    void predictiveComesFirstAndHistoricalCanBeChosen() {
        assertTrue(results.get(6).startsWith("[[0,0,0,0,0,1,0,0,0,0,1],"
                + "\"2 customers valued; 3 without purchases have no CLV. The last bar gathers the top 5 %.\","
                + "false,[\"Predictive CLV\",\"Historical CLV\"],[0,0,1,0,1,0,1],[\"0–5\",\"5–10\"],"), results.get(6));
        assertTrue(results.get(6).contains("\"CLV\""), results.get(6));
        assertTrue(results.get(6).endsWith("\"3 customers valued; 2 without purchases have no CLV. "
                + "The last bar gathers the top 5 %.\"]]"), results.get(6));
    }

    @Test
    void speaksChineseWhenAskedTo() {
        assertTrue(results.get(7).contains("[\"预测 CLV\",\"历史 CLV\"]"), results.get(7));
        assertTrue(results.get(7).contains("\"客户终身价值\""), results.get(7));
        assertTrue(results.get(7).endsWith("\"已估值客户 3 位；无购买的 2 位客户没有 CLV。最后一栏汇总价值最高的 5%。\"]]"),
                results.get(7));
    }

    @Test
    void saysWhyThereIsNothingToDraw() {
        assertEquals("[\"No customer has a CLV in run 7.\"]", results.get(8));
        assertEquals("[\"No classification run yet.\"]", results.get(9));
        assertEquals("[\"第 7 次运行没有客户终身价值（CLV）的结果。\"]", results.get(10));
        assertEquals("[\"CLV failed in run 7: fit failed\"]", results.get(11));
    }
}
