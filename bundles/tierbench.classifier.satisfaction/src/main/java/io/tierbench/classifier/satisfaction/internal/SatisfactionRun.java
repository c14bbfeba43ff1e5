package io.tierbench.classifier.satisfaction.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.classifier.ClassificationException;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.model.PurchaseFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One satisfaction run: streams the interactions once into per-customer tallies, then labels every customer of
 * the base under both schemes and sums up the company NPS.
 */
final class SatisfactionRun {

    /** Scheme of the satisfaction level: high, medium, low or unknown. */
    static final String LEVEL_SCHEME = "level";

    /** Scheme of the NPS category of the latest answer: promoter, passive, detractor or no answer. */
    static final String NPS_SCHEME = "nps";

    private final SatisfactionSettings settings;
    private final SatisfactionLabels labels;
    private final LocalDate asOf;
    private final String window;
    private final SatisfactionRule rule;
    private final CompanyNps companyNps = new CompanyNps();
    private final Map<Level, Integer> levelCounts = new EnumMap<>(Level.class);
    private int cappedCount;

    private SatisfactionRun(SatisfactionSettings settings, SatisfactionLabels labels, LocalDate asOf) {
        this.settings = settings;
        this.labels = labels;
        this.asOf = asOf;
        this.window = settings.describeWindow(asOf);
        this.rule = new SatisfactionRule(settings, window);
    }

    /**
     * @throws ClassificationException when the context has no as-of date
     */
    static ClassifierResult classify(SatisfactionSettings settings, SatisfactionLabels labels,
            ClassificationContext context) throws ClassificationException {
        if (context.asOf() == null) {
            throw new ClassificationException("the satisfaction classifier cannot run without an as-of date");
        }
        return new SatisfactionRun(settings, labels, context.asOf()).classify(context);
    }

    private ClassifierResult classify(ClassificationContext context) {
        List<String> customerIds = context.facts().stream().map(PurchaseFacts::customerId).toList();
        InteractionTally tally = new InteractionTally(settings, asOf, customerIds);
        context.forEachInteraction(tally);
        List<Classification> classifications = new ArrayList<>(2 * customerIds.size());
        for (String customerId : customerIds) {
            classifyCustomer(customerId, tally.of(customerId), classifications);
        }
        return new ClassifierResult(classifications, summary(customerIds.size(), tally));
    }

    private void classifyCustomer(String customerId, CustomerFeedback feedback, List<Classification> out) {
        Map<String, BigDecimal> scores = feedback.scores();
        Verdict verdict = rule.decide(feedback);
        levelCounts.merge(verdict.level(), 1, Integer::sum);
        cappedCount += verdict.capped() ? 1 : 0;
        out.add(new Classification(customerId, LEVEL_SCHEME, labels.level(verdict.level()), scores,
                verdict.explanation()));
        NpsCategory category = NpsCategory.of(feedback.latestNps());
        companyNps.add(category);
        out.add(new Classification(customerId, NPS_SCHEME, labels.nps(category), scores,
                npsExplanation(feedback, category)));
    }

    private String npsExplanation(CustomerFeedback feedback, NpsCategory category) {
        if (category == NpsCategory.NO_ANSWER) {
            return "No NPS answer in " + window + ": no answer";
        }
        return "Latest NPS answer " + feedback.latestNps() + " (" + feedback.latestNpsAt() + ", interaction "
                + feedback.latestNpsInteraction() + ", the latest of " + feedback.npsAnswers() + " in " + window
                + "): " + category.key() + " (" + category.range() + ")";
    }

    private String summary(int customers, InteractionTally tally) {
        StringBuilder counts = new StringBuilder();
        for (Level level : Level.values()) {
            counts.append(counts.length() == 0 ? "" : ", ").append(levelCounts.getOrDefault(level, 0)).append(' ')
                    .append(level.key());
        }
        return "Satisfaction as of " + asOf + " over " + window + ": " + companyNps.describe() + ".\n"
                + customers + " customers: " + counts + "; " + cappedCount + " lowered by complaints in the last "
                + settings.complaintDays() + " days.\n" + tally.describe() + ".";
    }
}
