package io.tierbench.classifier.satisfaction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.workbench.WorkbenchView;
import io.tierbench.classifier.support.testing.CardPage;
import io.tierbench.classifier.support.testing.ComponentXml;
import io.tierbench.classifier.support.testing.ViewModules;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The satisfaction card: its service properties, its files, its NPS arithmetic (held against the classifier's own
 * {@link CompanyNps}) and what it draws in a real browser. The hand-made run has levels high 6, medium 3, low 2,
 * unknown 1, and NPS categories promoter 5, passive 3, detractor 2, no answer 1: NPS 50 % - 20 % = +30.
 */
class SatisfactionCardTest {

    private static final Path MODULE = Path.of("src/main/resources/workbench/satisfaction/card.js");
    /** Each of promoters, passives and detractors from 0 to this. */
    private static final int MOST = 8;
    private static final String LEVELS = """
            [{key: 'high', en: 'High satisfaction', zh: '满意', count: 6}, {key: 'medium', en: 'Medium satisfaction',
              zh: '一般', count: 3}, {key: 'low', en: 'Low satisfaction', zh: '不满意', count: 2},
             {key: 'unknown', en: 'Unknown', zh: '未知', count: 1}]""";
    private static final String CATEGORIES = """
            [{key: 'promoter', en: 'Promoter', zh: '推荐者', count: 5}, {key: 'passive', en: 'Passive', zh: '被动者',
              count: 3}, {key: 'detractor', en: 'Detractor', zh: '贬损者', count: 2}, {key: 'no-answer',
              en: 'No answer', zh: '未回答', count: 1}]""";
    private static final String RUN = """
            {'/runs/7': {id: 7, classifiers: [{id: 'satisfaction', succeeded: true}]},
             '/runs/7/labels?classifier=satisfaction&scheme=level': {labels: LEVELS},
             '/runs/7/labels?classifier=satisfaction&scheme=nps': {labels: CATEGORIES}}""";
    private static final String DRAW = """
            const el = element();
            await card.render(el, context(LANG, RESPONSES));
            const option = (name) => window.echarts.getInstanceByDom(el.querySelector('.' + name)).getOption();
            return [option('satisfaction-levels').series[0].data.map((d) => d.name + '=' + d.value),
              option('satisfaction-nps').series[0].data[0].value, texts(el)];""";

    private static List<String> results;

    @BeforeAll
    static void runTheCardInChromium() throws Exception {
        String run = RUN.replace("LEVELS", LEVELS).replace("CATEGORIES", CATEGORIES);
        results = CardPage.run(MODULE, List.of(
                "const scores = []; for (let p = 0; p <= " + MOST + "; p++) { for (let n = 0; n <= " + MOST
                        + "; n++) { for (let d = 0; d <= " + MOST + "; d++) { scores.push(String(card.companyNps("
                        + "p, n, d))); } } } return scores.join(' ');",
                "return [card.companyNps(1, 15, 0), card.companyNps(0, 15, 1), card.companyNps(2, 1, 0), "
                        + "card.companyNps(0, 0, 0), card.signed(30), card.signed(-6.3), card.signed(0)];",
                DRAW.replace("LANG", "'en'").replace("RESPONSES", run),
                DRAW.replace("LANG", "'zh'").replace("RESPONSES", run),
                "const el = element(); await card.render(el, context('en', " + RUN.replace("LEVELS", "[]").replace(
                        "CATEGORIES", "[{key: 'no-answer', en: 'No answer', count: 4}]") + "));"
                        + "return [el.querySelectorAll('.satisfaction-levels').length, texts(el)];",
                "const el = element(); await card.render(el, context('en', " + RUN.replace("LEVELS", "[]").replace(
                        "CATEGORIES", "[]") + ")); return texts(el);",
                "const el = element(); await card.render(el, context('en', {}, null)); return texts(el);",
                "const el = element(); await card.render(el, context('en', {'/runs/7': {id: 7, classifiers: []}}));"
                        + "return texts(el);",
                "const el = element(); await card.render(el, context('zh', {'/runs/7': {id: 7, classifiers: "
                        + "[{id: 'satisfaction', succeeded: false, failureReason: 'bad lexicon'}]}}));"
                        + "return texts(el);"));
    }

    @Test
    void registersADashboardCardForTheSatisfactionClassifier() throws Exception {
        ComponentXml xml = ComponentXml.of(SatisfactionCard.class);

        assertEquals(WorkbenchView.class.getName(), xml.provides());
        assertEquals(Map.of("tierbench.view.id", "String:satisfaction-nps", "tierbench.view.titleEn",
                "String:Satisfaction and NPS", "tierbench.view.titleZh", "String:满意度与 NPS",
                "tierbench.view.placement", "String:dashboard-card", "tierbench.view.module", "String:card.js",
                "tierbench.view.icon", "String:", "tierbench.view.order", "Integer:50",
                "tierbench.view.classifier", "String:satisfaction"), xml.properties());
    }

    @Test
    void servesItsModuleAndNothingOutsideItsFolder() throws Exception {
        ViewModules.assertServesItsModuleAndNothingOutsideItsFolder(new SatisfactionCard(), MODULE);
    }

    @Test
    void theModuleExportsRenderAndLoadsNothing() throws Exception {
        ViewModules.assertExportsRenderAndLoadsNothing(MODULE);
    }

    @Test
    void theCardsNpsIsTheClassifiersForEveryCountUpToEight() {
        List<String> expected = new ArrayList<>();
        for (int promoters = 0; promoters <= MOST; promoters++) {
            for (int passives = 0; passives <= MOST; passives++) {
                for (int detractors = 0; detractors <= MOST; detractors++) {
                    CompanyNps nps = new CompanyNps();
                    add(nps, NpsCategory.PROMOTER, promoters);
                    add(nps, NpsCategory.PASSIVE, passives);
                    add(nps, NpsCategory.DETRACTOR, detractors);
                    BigDecimal score = nps.score();
                    expected.add(score == null ? "null" : score.stripTrailingZeros().toPlainString());
                }
            }
        }
        assertEquals("\"" + String.join(" ", expected) + "\"", results.get(0));
    }

    @Test
    void halvesRoundAwayFromZero() {
        // 1 promoter of 16 answers: 6.25 -> +6.3; 1 detractor of 16: -6.25 -> -6.3; 2 of 3: 66.666... -> 66.7
        assertEquals("[6.3,-6.3,66.7,null,\"+30\",\"-6.3\",\"0\"]", results.get(1));
    }

    @Test
    void drawsTheLevelsAndTheGaugeInEitherLanguage() {
        assertTrue(results.get(2).startsWith("[[\"High satisfaction=6\",\"Medium satisfaction=3\","
                + "\"Low satisfaction=2\",\"Unknown=1\"],30,"), results.get(2));
        assertTrue(results.get(2).contains("\"+30\""), results.get(2));
        assertTrue(results.get(2).endsWith("\"Company NPS +30: 5 promoters, 3 passives, 2 detractors over each "
                + "customer's latest answer; 1 customers without an answer.\"]]"), results.get(2));
        assertTrue(results.get(3).startsWith("[[\"满意=6\",\"一般=3\",\"不满意=2\",\"未知=1\"],30,"), results.get(3));
        assertTrue(results.get(3).endsWith("\"公司 NPS +30：按每位客户的最近一次回答，推荐者 5 位、被动者 3 位、贬损者 2 位；"
                + "未回答 1 位。\"]]"), results.get(3));
    }

    @Test
    void withoutAnswersTheGaugeSaysSoAndWithoutLevelsThereIsNoPie() {
        assertTrue(results.get(4).startsWith("[0,"), results.get(4));
        assertTrue(results.get(4).contains("\"no answer\""), results.get(4));
        assertTrue(results.get(4).endsWith("\"Company NPS no answer: 0 promoters, 0 passives, 0 detractors over "
                + "each customer's latest answer; 4 customers without an answer.\"]]"), results.get(4));
    }

    @Test
    void saysWhyThereIsNothingToDraw() {
        assertEquals("[\"No customer has a satisfaction level or NPS category in run 7.\"]", results.get(5));
        assertEquals("[\"No classification run yet.\"]", results.get(6));
        assertEquals("[\"The satisfaction classifier did not run in run 7.\"]", results.get(7));
        assertEquals("[\"第 7 次运行中满意度分类失败：bad lexicon\"]", results.get(8));
    }

    private static void add(CompanyNps nps, NpsCategory category, int customers) {
        for (int i = 0; i < customers; i++) {
            nps.add(category);
        }
    }
}
