package io.tierbench.classifier.satisfaction.internal;

import io.tierbench.api.model.Interaction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one customer's interactions add up to: counts, sums and the latest NPS answer, never the interactions
 * themselves, so memory grows with customers, not with interactions.
 */
final class CustomerFeedback {

    private int csatAnswers;
    private long csatSum;
    private int npsAnswers;
    private Integer latestNps;
    private LocalDateTime latestNpsAt;
    private String latestNpsInteraction;
    private final int[] polarityCounts = new int[Polarity.values().length];
    private int complaintsRecent;

    void addCsat(int answer) {
        csatAnswers++;
        csatSum += answer;
    }

    /**
     * Keeps the answer if it is the latest so far: the later time wins, and at the same time the greater
     * interaction id (compared as text), so the result does not depend on the order interactions arrive in.
     */
    void offerNps(Interaction interaction) {
        npsAnswers++;
        LocalDateTime at = interaction.occurredAt();
        if (latestNps == null || at.isAfter(latestNpsAt)
                || (at.equals(latestNpsAt) && interaction.interactionId().compareTo(latestNpsInteraction) > 0)) {
            latestNps = interaction.nps();
            latestNpsAt = at;
            latestNpsInteraction = interaction.interactionId();
        }
    }

    void addFeedback(Polarity polarity) {
        polarityCounts[polarity.ordinal()]++;
    }

    void addComplaint() {
        complaintsRecent++;
    }

    int csatAnswers() {
        return csatAnswers;
    }

    long csatSum() {
        return csatSum;
    }

    /** @return the CSAT mean to two decimals, for people; decisions compare the exact sum instead */
    BigDecimal csatMean() {
        return BigDecimal.valueOf(csatSum).divide(BigDecimal.valueOf(csatAnswers), 2, RoundingMode.HALF_UP);
    }

    int npsAnswers() {
        return npsAnswers;
    }

    /** @return the latest NPS answer, or {@code null} when none */
    Integer latestNps() {
        return latestNps;
    }

    LocalDateTime latestNpsAt() {
        return latestNpsAt;
    }

    String latestNpsInteraction() {
        return latestNpsInteraction;
    }

    int count(Polarity polarity) {
        return polarityCounts[polarity.ordinal()];
    }

    int feedbackCount() {
        return count(Polarity.POSITIVE) + count(Polarity.NEUTRAL) + count(Polarity.NEGATIVE);
    }

    /** @return positive when positive texts outnumber negative ones, negative when the reverse, else neutral */
    Polarity overallPolarity() {
        int balance = Integer.compare(count(Polarity.POSITIVE), count(Polarity.NEGATIVE));
        return balance > 0 ? Polarity.POSITIVE : balance < 0 ? Polarity.NEGATIVE : Polarity.NEUTRAL;
    }

    int complaintsRecent() {
        return complaintsRecent;
    }

    /** @return the scores stored with both schemes; CSAT mean and latest NPS only when there is an answer */
    Map<String, BigDecimal> scores() {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        if (csatAnswers > 0) {
            scores.put("csat_mean", csatMean());
        }
        scores.put("csat_answers", BigDecimal.valueOf(csatAnswers));
        if (latestNps != null) {
            scores.put("latest_nps", BigDecimal.valueOf(latestNps));
        }
        scores.put("complaints_recent", BigDecimal.valueOf(complaintsRecent));
        for (Polarity polarity : Polarity.values()) {
            scores.put(polarity.word(), BigDecimal.valueOf(count(polarity)));
        }
        return scores;
    }
}
