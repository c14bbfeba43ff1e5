package io.tierbench.classifier.lifecycle.internal;

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
 * The lifecycle card: its service properties, its files, and what it draws in a real browser. The hand-made run's
 * labels come most frequent first, as the API gives them: active 40, churned 25, potential 20, new 10, at risk 4,
 * won back 1 (100 customers), and the funnel puts them in the order of a customer's life.
 */
class LifecycleFunnelCardTest {

    private static final Path MODULE = Path.of("src/main/resources/workbench/lifecycle/card.js");
    private static final String LABELS = """
            [{key: 'active', en: 'Active', zh: '活跃', count: 40}, {key: 'churned', en: 'Churned', zh: '流失', count: 25},
             {key: 'potential', en: 'Potential', zh: '潜在', count: 20}, {key: 'new', en: 'New', zh: '新客', count: 10},
             {key: 'at-risk', en: 'At risk', zh: '风险', count: 4}, {key: 'won-back', en: 'Won back', zh: '回流',
             count: 1}]""";
    private static final String RUN = """
            {'/runs/7': {id: 7, classifiers: [{id: 'lifecycle', succeeded: true}]},
             '/runs/7/labels?classifier=lifecycle&scheme=stage': {labels: LABELS}}""";
    private static final String DRAW = """
            const el = element();
            await card.render(el, context(LANG, RESPONSES));
            const chart = window.echarts.getInstanceByDom(el.querySelector('.card-chart'));
            return [chart.getOption().series[0].data.map((d) => d.name + '=' + d.value), texts(el)];""";

    private static List<String> results;

    @BeforeAll
    static void runTheCardInChromium() throws Exception {
        results = CardPage.run(MODULE, List.of(
                "return card.funnelStages(" + LABELS + ", 'en').map((s) => s.key);",
                "return card.funnelStages([{key: 'vip', en: 'VIP', count: 3}, {key: 'new', en: 'New', zh: '新客', "
                        + "count: 2}, {key: 'dormant', en: 'Dormant', count: 1}, {key: 'churned', en: 'Churned', "
                        + "count: 0}], 'zh');",
                DRAW.replace("LANG", "'en'").replace("RESPONSES", RUN.replace("LABELS", LABELS)),
                DRAW.replace("LANG", "'zh'").replace("RESPONSES", RUN.replace("LABELS", LABELS)),
                "const el = element(); await card.render(el, context('en', " + RUN.replace("LABELS", "[]")
                        + ")); return texts(el);",
                "const el = element(); await card.render(el, context('en', {}, null)); return texts(el);",
                "const el = element(); await card.render(el, context('en', {'/runs/7': {id: 7, classifiers: []}}));"
                        + "return texts(el);",
                "const el = element(); await card.render(el, context('zh', {'/runs/7': {id: 7, classifiers: "
                        + "[{id: 'lifecycle', succeeded: false, failureReason: 'no model'}]}})); return texts(el);"));
    }

    @Test
    void registersADashboardCardForTheLifecycleClassifier() throws Exception {
        ComponentXml xml = ComponentXml.of(LifecycleFunnelCard.class);

        assertEquals(WorkbenchView.class.getName(), xml.provides());
        assertEquals(Map.of("tierbench.view.id", "String:lifecycle-funnel", "tierbench.view.titleEn",
                "String:Lifecycle funnel", "tierbench.view.titleZh", "String:生命周期漏斗",
                "tierbench.view.placement", "String:dashboard-card", "tierbench.view.module", "String:card.js",
                "tierbench.view.icon", "String:", "tierbench.view.order", "Integer:40",
                "tierbench.view.classifier", "String:lifecycle"), xml.properties());
    }

    @Test
    void servesItsModuleAndNothingOutsideItsFolder() throws Exception {
        ViewModules.assertServesItsModuleAndNothingOutsideItsFolder(new LifecycleFunnelCard(), MODULE);
    }

    @Test
    void theModuleExportsRenderAndLoadsNothing() throws Exception {
        ViewModules.assertExportsRenderAndLoadsNothing(MODULE);
    }

    @Test
    void stagesFollowACustomersLifeWithOtherStagesAfterAndEmptyOnesLeftOut() {
        assertEquals("[\"potential\",\"new\",\"active\",\"at-risk\",\"churned\",\"won-back\"]", results.get(0));
        assertEquals("[{\"key\":\"new\",\"name\":\"新客\",\"value\":2},{\"key\":\"vip\",\"name\":\"VIP\",\"value\":3},"
                + "{\"key\":\"dormant\",\"name\":\"Dormant\",\"value\":1}]", results.get(1));
    }

    @Test
    void drawsTheFunnelInEitherLanguage() {
        assertTrue(results.get(2).startsWith("[[\"Potential=20\",\"New=10\",\"Active=40\",\"At risk=4\","
                + "\"Churned=25\",\"Won back=1\"],"), results.get(2));
        assertTrue(results.get(2).contains("\"Active: 40\""), results.get(2));
        assertTrue(results.get(2).endsWith("\"100 customers in run 7.\"]]"), results.get(2));
        assertTrue(results.get(3).startsWith("[[\"潜在=20\",\"新客=10\",\"活跃=40\",\"风险=4\",\"流失=25\",\"回流=1\"],"),
                results.get(3));
        assertTrue(results.get(3).endsWith("\"第 7 次运行共 100 位客户。\"]]"), results.get(3));
    }

    @Test
    void saysWhyThereIsNothingToDraw() {
        assertEquals("[\"No customer has a lifecycle stage in run 7.\"]", results.get(4));
        assertEquals("[\"No classification run yet.\"]", results.get(5));
        assertEquals("[\"The lifecycle classifier did not run in run 7.\"]", results.get(6));
        assertEquals("[\"第 7 次运行中生命周期分类失败：no model\"]", results.get(7));
    }
}
