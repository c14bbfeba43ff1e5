package io.tierbench.classifier.satisfaction.internal;

import java.math.BigDecimal;

/**
 * Decides a customer's level: the CSAT mean when there are CSAT answers, otherwise the latest NPS answer,
 * otherwise the polarity of the feedback texts, otherwise unknown; then recent complaints cap it.
 */
final class SatisfactionRule {

    private final SatisfactionSettings settings;
    private final String window;
    private final String complaintWindow;

    /**
     * @param window the interaction window in words, e.g. {@code the last 365 days (…)}
     */
    SatisfactionRule(SatisfactionSettings settings, String window) {
        this.settings = settings;
        this.window = window;
        this.complaintWindow = "the last " + settings.complaintDays() + " days";
    }

    Verdict decide(CustomerFeedback feedback) {
        Verdict base = fromEvidence(feedback);
        return applyComplaints(base, feedback.complaintsRecent());
    }

    private Verdict fromEvidence(CustomerFeedback feedback) {
        if (feedback.csatAnswers() > 0) {
            return fromCsat(feedback);
        }
        if (feedback.latestNps() != null) {
            NpsCategory category = NpsCategory.of(feedback.latestNps());
            return verdict(category.level(), Verdict.Rule.NPS, "No CSAT answer; latest NPS answer "
                    + feedback.latestNps() + " (" + feedback.latestNpsAt() + ", interaction "
                    + feedback.latestNpsInteraction() + ", " + Words.count(feedback.npsAnswers(), "answer")
                    + " in " + window + ") is " + category.key() + " (" + category.range() + ")");
        }
        if (feedback.feedbackCount() > 0) {
            Polarity polarity = feedback.overallPolarity();
            return verdict(levelOf(polarity), Verdict.Rule.POLARITY, "No CSAT or NPS answer; "
                    + Words.count(feedback.feedbackCount(), "feedback text") + " in " + window
                    + " read by the keyword lexicon: "
                    + feedback.count(Polarity.POSITIVE) + " positive, " + feedback.count(Polarity.NEUTRAL)
                    + " neutral, " + feedback.count(Polarity.NEGATIVE) + " negative, so " + polarity.word());
        }
        return verdict(Level.UNKNOWN, Verdict.Rule.NONE,
                "No CSAT answer, NPS answer or feedback in " + window + ": no evidence, not low");
    }

    private Verdict fromCsat(CustomerFeedback feedback) {
        BigDecimal sum = BigDecimal.valueOf(feedback.csatSum());
        BigDecimal answers = BigDecimal.valueOf(feedback.csatAnswers());
        // compare sum with threshold x answers: exact, where a rounded mean could cross a threshold
        Level level;
        String rule;
        if (sum.compareTo(settings.csatHigh().multiply(answers)) >= 0) {
            level = Level.HIGH;
            rule = " >= " + settings.csatHigh().toPlainString();
        } else if (sum.compareTo(settings.csatMedium().multiply(answers)) >= 0) {
            level = Level.MEDIUM;
            rule = " >= " + settings.csatMedium().toPlainString() + " and < " + settings.csatHigh().toPlainString();
        } else {
            level = Level.LOW;
            rule = " < " + settings.csatMedium().toPlainString();
        }
        return verdict(level, Verdict.Rule.CSAT, "CSAT mean " + feedback.csatMean() + " (" + feedback.csatSum()
                + " over " + Words.count(feedback.csatAnswers(), "answer") + " in " + window + ")" + rule);
    }

    private static Level levelOf(Polarity polarity) {
        return switch (polarity) {
            case POSITIVE -> Level.HIGH;
            case NEUTRAL -> Level.MEDIUM;
            case NEGATIVE -> Level.LOW;
        };
    }

    private static Verdict verdict(Level level, Verdict.Rule rule, String reason) {
        return new Verdict(level, rule, false, reason + ": " + level.key());
    }

    private Verdict applyComplaints(Verdict base, int complaints) {
        if (complaints == 0) {
            return base;
        }
        String counted = Words.count(complaints, "complaint") + " in " + complaintWindow;
        int lowCount = settings.complaintLowCount();
        int mediumCount = settings.complaintMediumCount();
        Level level = base.level();
        if (lowCount > 0 && complaints >= lowCount) {
            level = Level.LOW;
            counted += " (>= " + lowCount + " make it low)";
        } else if (mediumCount > 0 && complaints >= mediumCount) {
            level = level.atMost(Level.MEDIUM);
            counted += " (>= " + mediumCount + " cap it at medium)";
        } else {
            counted += " (below every cap)";
        }
        boolean capped = level != base.level();
        String outcome = capped ? "; " + counted + ": " + level.key() : "; " + counted + ", level unchanged";
        return new Verdict(level, base.rule(), capped, base.explanation() + outcome);
    }
}
