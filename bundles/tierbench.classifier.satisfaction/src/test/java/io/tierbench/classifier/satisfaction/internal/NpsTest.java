package io.tierbench.classifier.satisfaction.internal;

import static io.tierbench.classifier.satisfaction.internal.Runs.classify;
import static io.tierbench.classifier.satisfaction.internal.Runs.nps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.classifier.support.testing.FakeClassificationContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NpsTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

    @Test
    void companyNpsIsPromotersMinusDetractorsOverTheLatestAnswers() throws Exception {
        // 5 promoters, 3 passives, 2 detractors (10 answers) and 1 customer without: 50 % - 20 % = +30
        FakeClassificationContext context = new FakeClassificationContext(AS_OF).streamingInteractions().customers("silent");
        addAnswers(context, "p", 5, 9);
        addAnswers(context, "n", 3, 7);
        addAnswers(context, "d", 2, 6);
        // p1 answered 0 long ago: only the latest answer counts, so p1 is still one promoter
        context.nps("p1", 200, 0);
        ClassifierResult result = classify(context);
        assertTrue(result.summary().contains(
                "company NPS +30.0 (promoters 50.0 %, detractors 20.0 %, 10 answers)"), result.summary());
    }

    @Test
    void companyNpsArithmetic() {
        CompanyNps nps = new CompanyNps();
        add(nps, NpsCategory.PROMOTER, 1);
        add(nps, NpsCategory.PASSIVE, 1);
        add(nps, NpsCategory.DETRACTOR, 4);
        add(nps, NpsCategory.NO_ANSWER, 7);
        // (1 - 4) / 6 = -50 %; 1 / 6 = 16.666... -> 16.7; 4 / 6 = 66.666... -> 66.7
        assertEquals(new BigDecimal("-50.0"), nps.score());
        assertEquals("company NPS -50.0 (promoters 16.7 %, detractors 66.7 %, 6 answers)", nps.describe());
    }

    @Test
    void withoutAnswersThereIsNoCompanyNps() {
        CompanyNps nps = new CompanyNps();
        add(nps, NpsCategory.NO_ANSWER, 3);
        assertNull(nps.score());
        assertEquals("company NPS n/a (no NPS answer in the window)", nps.describe());
    }

    @Test
    void everyCustomerGetsAnNpsCategoryFromTheLatestAnswer() throws Exception {
        ClassifierResult result = classify(new FakeClassificationContext(AS_OF).streamingInteractions()
                .customers("silent")
                .nps("changed", 30, 10).nps("changed", 2, 3)
                .nps("passive", 1, 8)
                .nps("old", 400, 10));
        Classification changed = nps(result, "changed");
        assertEquals("detractor", changed.label().key());
        assertEquals("贬损者", changed.label().zh());
        assertEquals(BigDecimal.valueOf(3), changed.scores().get("latest_nps"));
        assertTrue(changed.explanation().startsWith("Latest NPS answer 3 (2025-03-29T12:00, interaction I0002, "
                + "the latest of 2 in the last 365 days"), changed.explanation());
        assertEquals("被动者", nps(result, "passive").label().zh());
        assertEquals("no-answer", nps(result, "silent").label().key());
        assertEquals("未回答", nps(result, "silent").label().zh());
        assertEquals("no-answer", nps(result, "old").label().key());
        assertEquals("推荐者", nps(classify(new FakeClassificationContext(AS_OF).streamingInteractions().nps("p", 1, 9)), "p").label().zh());
    }

    @Test
    void everyCustomerOfTheBaseGetsBothSchemesAndOthersNone() throws Exception {
        FakeClassificationContext context = new FakeClassificationContext(AS_OF).streamingInteractions().customers("a", "b").nps("c", 1, 10);
        context.interactionOutsideBase("stranger", 1, io.tierbench.api.model.InteractionKind.FEEDBACK, "很满意",
                5, 10);
        ClassifierResult result = classify(context);
        assertEquals(6, result.classifications().size());
        assertTrue(result.classifications().stream().noneMatch(c -> c.customerId().equals("stranger")));
        assertTrue(result.summary().contains("company NPS +100.0 (promoters 100.0 %, detractors 0.0 %, 1 answer)"),
                result.summary());
        assertTrue(result.summary().contains("2 interactions read, 1 in the window, 1 of customers outside the base"),
                result.summary());
    }

    private static void addAnswers(FakeClassificationContext context, String prefix, int customers, int answer) {
        for (int i = 1; i <= customers; i++) {
            context.nps(prefix + i, 1, answer);
        }
    }

    private static void add(CompanyNps nps, NpsCategory category, int customers) {
        for (int i = 0; i < customers; i++) {
            nps.add(category);
        }
    }
}
