package io.tierbench.classifier.satisfaction.internal;

import static io.tierbench.classifier.satisfaction.internal.Runs.classify;
import static io.tierbench.classifier.satisfaction.internal.Runs.level;
import static io.tierbench.classifier.satisfaction.internal.Runs.levelKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.model.InteractionKind;
import io.tierbench.classifier.support.testing.FakeClassificationContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SatisfactionLevelTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

    @Test
    void noFeedbackIsUnknownAndOneBadAnswerIsLow() throws Exception {
        ClassifierResult result = classify(new FakeClassificationContext(AS_OF).streamingInteractions()
                .customers("silent")
                .interaction("chatty", 5, InteractionKind.COMMUNICATION, "很满意", null, null)
                .csat("unhappy", 5, 1));
        Classification silent = level(result, "silent");
        assertEquals("unknown", silent.label().key());
        assertEquals("Unknown", silent.label().en());
        assertEquals("未知", silent.label().zh());
        assertTrue(silent.explanation().contains("no evidence, not low"), silent.explanation());
        // a glowing text in a communication is not feedback: only FEEDBACK interactions have a polarity
        assertEquals("unknown", levelKey(result, "chatty"));
        assertEquals("low", levelKey(result, "unhappy"));
        assertEquals("不满意", level(result, "unhappy").label().zh());
    }

    @Test
    void csatMeanBoundariesBelongToTheHigherLevel() throws Exception {
        ClassifierResult result = classify(new FakeClassificationContext(AS_OF).streamingInteractions()
                .csat("four", 1, 4, 4)              // 8 / 2 = 4.00: high
                .csat("five-three", 1, 5, 3)        // 8 / 2 = 4.00: high
                .csat("just-below", 1, 4, 4, 3)     // 11 / 3 = 3.67: medium
                .csat("three", 1, 3, 3)             // 6 / 2 = 3.00: medium
                .csat("below-three", 1, 3, 3, 2));  // 8 / 3 = 2.67: low
        assertEquals("high", levelKey(result, "four"));
        assertEquals("high", levelKey(result, "five-three"));
        assertEquals("medium", levelKey(result, "just-below"));
        assertEquals("medium", levelKey(result, "three"));
        assertEquals("low", levelKey(result, "below-three"));
        Classification justBelow = level(result, "just-below");
        assertEquals(new BigDecimal("3.67"), justBelow.scores().get("csat_mean"));
        assertEquals(BigDecimal.valueOf(3), justBelow.scores().get("csat_answers"));
        assertTrue(justBelow.explanation().startsWith("CSAT mean 3.67 (11 over 3 answers in the last 365 days"),
                justBelow.explanation());
    }

    @Test
    void configuredCsatThresholdsApply() throws Exception {
        ClassifierResult result = classify(new FakeClassificationContext(AS_OF).streamingInteractions().csat("a", 1, 4, 5),
                java.util.Map.of("csat_high", 4.5, "csat_medium", 4.0));
        assertEquals("high", levelKey(result, "a"));
        ClassifierResult stricter = classify(new FakeClassificationContext(AS_OF).streamingInteractions().csat("a", 1, 4, 5),
                java.util.Map.of("csat_high", 4.8, "csat_medium", 4.5));
        assertEquals("medium", levelKey(stricter, "a"));
    }

    @Test
    void withoutCsatTheLatestNpsAnswerDecides() throws Exception {
        FakeClassificationContext context = new FakeClassificationContext(AS_OF).streamingInteractions();
        int[] answers = {10, 9, 8, 7, 6, 0};
        for (int answer : answers) {
            context.nps("n" + answer, 3, answer);
        }
        ClassifierResult result = classify(context);
        assertEquals("high", levelKey(result, "n10"));
        assertEquals("high", levelKey(result, "n9"));
        assertEquals("medium", levelKey(result, "n8"));
        assertEquals("medium", levelKey(result, "n7"));
        assertEquals("low", levelKey(result, "n6"));
        assertEquals("low", levelKey(result, "n0"));
        assertTrue(level(result, "n7").explanation().contains("is passive (7–8): medium"),
                level(result, "n7").explanation());
    }

    @Test
    void csatOutranksNpsAndNpsOutranksPolarity() throws Exception {
        ClassifierResult result = classify(new FakeClassificationContext(AS_OF).streamingInteractions()
                .csat("csat-wins", 2, 5).nps("csat-wins", 1, 0)
                .nps("nps-wins", 2, 10).feedback("nps-wins", 1, "失望"));
        assertEquals("high", levelKey(result, "csat-wins"));
        assertEquals("high", levelKey(result, "nps-wins"));
    }

    @Test
    void withoutAnswersFeedbackPolarityDecides() throws Exception {
        ClassifierResult result = classify(new FakeClassificationContext(AS_OF).streamingInteractions()
                .feedback("pos", 1, "很满意, 会再来").feedback("pos", 2, "价格偏高").feedback("pos", 3, "包装精美")
                .feedback("neg", 1, "价格偏高")
                .feedback("neutral", 1, "想看看新款"));
        assertEquals("high", levelKey(result, "pos"));
        assertEquals("low", levelKey(result, "neg"));
        assertEquals("medium", levelKey(result, "neutral"));
        Classification pos = level(result, "pos");
        assertEquals(BigDecimal.valueOf(2), pos.scores().get("positive"));
        assertEquals(BigDecimal.ZERO, pos.scores().get("neutral"));
        assertEquals(BigDecimal.ONE, pos.scores().get("negative"));
        assertTrue(pos.explanation().contains("2 positive, 0 neutral, 1 negative, so positive: high"),
                pos.explanation());
    }

    @Test
    void oneRecentComplaintCapsAtMediumAndThreeMakeLow() throws Exception {
        ClassifierResult result = classify(new FakeClassificationContext(AS_OF).streamingInteractions()
                .csat("one", 10, 5).complaints("one", 89, 1)        // 89 days ago: inside the 90 days
                .csat("three", 10, 5).complaints("three", 1, 3)
                .csat("old", 10, 5).complaints("old", 90, 2)        // 90 days ago: outside
                .csat("low", 10, 1).complaints("low", 1, 1)
                .complaints("only-one", 1, 1)
                .complaints("only-three", 1, 3));
        assertEquals("medium", levelKey(result, "one"));
        String one = level(result, "one").explanation();
        assertTrue(one.endsWith("; 1 complaint in the last 90 days (>= 1 cap it at medium): medium"), one);
        assertEquals("low", levelKey(result, "three"));
        assertEquals("high", levelKey(result, "old"));
        assertEquals(BigDecimal.ZERO, level(result, "old").scores().get("complaints_recent"));
        assertEquals("low", levelKey(result, "low"));
        // one complaint caps a level but invents none; three are evidence of their own
        assertEquals("unknown", levelKey(result, "only-one"));
        assertEquals("low", levelKey(result, "only-three"));
        assertTrue(result.summary().contains("3 lowered by complaints in the last 90 days"), result.summary());
    }

    @Test
    void complaintCapsCanBeSwitchedOff() throws Exception {
        FakeClassificationContext context = new FakeClassificationContext(AS_OF).streamingInteractions().csat("a", 1, 5).complaints("a", 1, 5);
        ClassifierResult result = classify(context,
                java.util.Map.of("complaint_medium_count", 0, "complaint_low_count", 0));
        assertEquals("high", levelKey(result, "a"));
    }

    @Test
    void onlyInteractionsInsideTheWindowCount() throws Exception {
        // window.days = 365, as of 2025-03-31: from 2024-04-01 (364 days ago) to 2025-03-31
        ClassifierResult result = classify(new FakeClassificationContext(AS_OF).streamingInteractions()
                .csat("edge", 364, 1)
                .csat("outside", 365, 1)
                .csat("future", -1, 1));
        assertEquals("low", levelKey(result, "edge"));
        assertEquals("unknown", levelKey(result, "outside"));
        assertEquals("unknown", levelKey(result, "future"));
        assertTrue(level(result, "edge").explanation().contains("the last 365 days (2024-04-01 to 2025-03-31)"),
                level(result, "edge").explanation());
    }

    @Test
    void aShorterConfiguredWindowDropsOlderAnswers() throws Exception {
        ClassifierResult result = classify(new FakeClassificationContext(AS_OF).streamingInteractions().csat("a", 40, 1).nps("a", 5, 9),
                java.util.Map.of("window_days", 30));
        assertEquals("high", levelKey(result, "a"));
        assertTrue(level(result, "a").explanation().startsWith("No CSAT answer; latest NPS answer 9"),
                level(result, "a").explanation());
    }
}
