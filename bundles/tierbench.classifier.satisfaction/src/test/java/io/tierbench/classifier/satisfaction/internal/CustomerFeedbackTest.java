package io.tierbench.classifier.satisfaction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.InteractionChannel;
import io.tierbench.api.model.InteractionKind;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CustomerFeedbackTest {

    private static final LocalDateTime AT = LocalDateTime.of(2025, 3, 1, 10, 0);

    @Test
    void theLaterAnswerWinsWhateverTheArrivalOrder() {
        CustomerFeedback feedback = new CustomerFeedback();
        feedback.offerNps(answer("I9", AT.plusDays(1), 3));
        feedback.offerNps(answer("I1", AT, 10));
        assertEquals(3, feedback.latestNps());
        assertEquals(2, feedback.npsAnswers());
    }

    @Test
    void atTheSameTimeTheGreaterIdWinsWhateverTheArrivalOrder() {
        CustomerFeedback forward = new CustomerFeedback();
        forward.offerNps(answer("I1", AT, 10));
        forward.offerNps(answer("I2", AT, 6));
        CustomerFeedback backward = new CustomerFeedback();
        backward.offerNps(answer("I2", AT, 6));
        backward.offerNps(answer("I1", AT, 10));
        assertEquals(6, forward.latestNps());
        assertEquals(6, backward.latestNps());
        assertEquals("I2", backward.latestNpsInteraction());
    }

    @Test
    void csatMeanIsRoundedForPeopleOnly() {
        CustomerFeedback feedback = new CustomerFeedback();
        feedback.addCsat(4);
        feedback.addCsat(4);
        feedback.addCsat(3);
        assertEquals(new BigDecimal("3.67"), feedback.csatMean());
        assertEquals(11, feedback.csatSum());
    }

    @Test
    void scoresLeaveOutWhatWasNeverAnswered() {
        CustomerFeedback feedback = new CustomerFeedback();
        feedback.addFeedback(Polarity.NEGATIVE);
        assertFalse(feedback.scores().containsKey("csat_mean"));
        assertFalse(feedback.scores().containsKey("latest_nps"));
        assertEquals(java.util.List.of("csat_answers", "complaints_recent", "positive", "neutral", "negative"),
                java.util.List.copyOf(feedback.scores().keySet()));
        assertEquals(BigDecimal.ONE, feedback.scores().get("negative"));
    }

    private static Interaction answer(String id, LocalDateTime at, int nps) {
        return new Interaction(id, "C1", at, InteractionChannel.WECHAT, InteractionKind.FEEDBACK, null, null, nps);
    }
}
