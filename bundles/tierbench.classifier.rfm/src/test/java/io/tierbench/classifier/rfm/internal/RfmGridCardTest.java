package io.tierbench.classifier.rfm.internal;

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
 * The RFM card: its service properties, its files, and what it draws in a real browser for a hand-made run of a
 * 3 x 3 grid ("Best: 33 32 23; Middle: 31 22 13 21 12; Worst: 11") with 4 customers at R3/FM3, 2 at R2/FM2, 1 at
 * R1/FM1 and 3 without purchases.
 */
class RfmGridCardTest {

    private static final Path MODULE = Path.of("src/main/resources/workbench/rfm/card.js");
    private static final String RUN = """
            {'/runs/7': {id: 7, classifiers: [{id: 'rfm', succeeded: true, configuration: {'score.bins': '3',
              segments: 'Best: 33 32 23; Middle: 31 22 13 21 12; Worst: 11'}}]},
             '/runs/7/crosstab?classifier=rfm&scheme=segment&x=r_score&y=fm_score': {cells: [
              {x: 3, y: 3, count: 4}, {x: 2, y: 2, count: 2}, {x: 1, y: 1, count: 1}]},
             '/runs/7/labels?classifier=rfm&scheme=segment': {labels: [
              {key: 'best', en: 'Best', zh: '最佳', count: 4}, {key: 'no-purchases', en: 'No purchases', zh: '无购买',
               count: 3}, {key: 'middle', en: 'Middle', zh: '中间', count: 2}, {key: 'worst', en: 'Worst', zh: '最差',
               count: 1}]}}""";
    private static final String DRAW = """
            const el = element();
            await card.render(el, context(LANG, RESPONSES));
            const chart = window.echarts.getInstanceByDom(el.querySelector('.card-chart'));
            return {cells: chart.getOption().series[0].data, texts: texts(el)};""";

    private static List<String> results;

    @BeforeAll
    static void runTheCardInChromium() throws Exception {
        results = CardPage.run(MODULE, List.of(
                "return [card.labelKey(\"Can't Lose Them\"), card.labelKey(' Need  Attention '), card.labelKey('新客户')];",
                "const cells = card.segmentsByCell('Champions: 55 54 45; Lost: 11; Can\\'t Lose Them: 14 15');"
                        + "return [cells.size, cells.get('5,4'), cells.get('1,1'), cells.get('1,5')];",
                DRAW.replace("LANG", "'en'").replace("RESPONSES", RUN),
                DRAW.replace("LANG", "'zh'").replace("RESPONSES", RUN),
                "const el = element(); await card.render(el, context('en', {}, null)); return texts(el);",
                "const el = element(); await card.render(el, context('en', {'/runs/7': {id: 7, classifiers: "
                        + "[{id: 'abc', succeeded: true}]}})); return texts(el);",
                "const el = element(); await card.render(el, context('zh', {'/runs/7': {id: 7, classifiers: "
                        + "[{id: 'rfm', succeeded: false, failureReason: 'boom'}]}})); return texts(el);",
                "const el = element(); await card.render(el, context('en', " + RUN.replace(
                        "{x: 3, y: 3, count: 4}, {x: 2, y: 2, count: 2}, {x: 1, y: 1, count: 1}", "") + "));"
                        + "return texts(el);"));
    }

    @Test
    void registersADashboardCardForTheRfmClassifier() throws Exception {
        ComponentXml xml = ComponentXml.of(RfmGridCard.class);

        assertEquals(WorkbenchView.class.getName(), xml.provides());
        assertEquals(Map.of("tierbench.view.id", "String:rfm-grid", "tierbench.view.titleEn", "String:RFM grid",
                "tierbench.view.titleZh", "String:RFM 网格", "tierbench.view.placement", "String:dashboard-card",
                "tierbench.view.module", "String:card.js", "tierbench.view.icon", "String:",
                "tierbench.view.order", "Integer:10", "tierbench.view.classifier", "String:rfm"), xml.properties());
    }

    @Test
    void servesItsModuleAndNothingOutsideItsFolder() throws Exception {
        ViewModules.assertServesItsModuleAndNothingOutsideItsFolder(new RfmGridCard(), MODULE);
    }

    @Test
    void theModuleExportsRenderAndLoadsNothing() throws Exception {
        ViewModules.assertExportsRenderAndLoadsNothing(MODULE);
    }

    @Test
    void segmentKeysAndCellsAreReadAsTheClassifierWritesThem() {
        assertEquals("[\"cant-lose-them\",\"need-attention\",\"新客户\"]", results.get(0));
        assertEquals("[6,\"Champions\",\"Lost\",\"Can't Lose Them\"]", results.get(1));
    }

    @Test
    void drawsEachCellsCountAndNamesOnlyOccupiedCells() {
        // [FM - 1, R - 1, customers, segment]; rows from R1 up, columns from FM1
        String cells = "\"cells\":[[0,0,1,\"Worst\"],[1,0,0,\"\"],[2,0,0,\"\"],[0,1,0,\"\"],[1,1,2,\"Middle\"],"
                + "[2,1,0,\"\"],[0,2,0,\"\"],[1,2,0,\"\"],[2,2,4,\"Best\"]]";
        assertTrue(results.get(2).startsWith("{" + cells), results.get(2));
        assertTrue(results.get(2).contains("\"FM score\""), results.get(2));
        assertTrue(results.get(2).contains("\"R score\""), results.get(2));
        assertTrue(results.get(2).endsWith(
                "\"7 customers scored; 3 without purchases in the window are not on the grid.\"]}"), results.get(2));
    }

    @Test
    void speaksChineseWhenAskedTo() {
        assertTrue(results.get(3).startsWith("{\"cells\":[[0,0,1,\"最差\"]"), results.get(3));
        assertTrue(results.get(3).contains("\"FM 分\""), results.get(3));
        assertTrue(results.get(3).endsWith("\"已评分客户 7 位；统计窗口内无购买的 3 位客户不在网格中。\"]}"), results.get(3));
    }

    @Test
    void saysWhyThereIsNothingToDraw() {
        assertEquals("[\"No classification run yet.\"]", results.get(4));
        assertEquals("[\"RFM did not run in run 7.\"]", results.get(5));
        assertEquals("[\"第 7 次运行中 RFM 失败：boom\"]", results.get(6));
        assertEquals("[\"No customer has RFM scores in run 7.\"]", results.get(7));
    }
}
