package io.tierbench.classifier.abc.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.classifier.ClassificationException;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.model.Label;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One ABC run: ranks every customer by revenue in the window and gives each a class. */
final class AbcRun {

    /** The only labelling scheme of the classifier. */
    static final String SCHEME = "class";

    private final AbcSettings settings;
    private final Map<AbcClass, Label> labels;
    private final AbcRanking ranking;
    private final AbcExplanations explanations;
    private final AbcSummary summary = new AbcSummary();

    private AbcRun(AbcSettings settings, Map<AbcClass, Label> labels, AbcRanking ranking, String window) {
        this.settings = settings;
        this.labels = labels;
        this.ranking = ranking;
        this.explanations = new AbcExplanations(settings, ranking, window);
    }

    /**
     * @throws ClassificationException when the context has no as-of date
     */
    static ClassifierResult classify(AbcSettings settings, Map<AbcClass, Label> labels,
            ClassificationContext context) throws ClassificationException {
        LocalDate asOf = context.asOf();
        if (asOf == null) {
            throw new ClassificationException("ABC cannot run without an as-of date");
        }
        AbcRanking ranking = AbcRanking.of(context.facts(settings.windowStart(asOf)));
        String window = settings.describeWindow(asOf);
        return new AbcRun(settings, labels, ranking, window).classifyAll(asOf, window);
    }

    private ClassifierResult classifyAll(LocalDate asOf, String window) {
        List<Classification> classifications = new ArrayList<>(ranking.size());
        for (AbcRanking.Entry entry : ranking.entries()) {
            classifications.add(classify(entry));
        }
        String method = settings.method() == AbcMethod.REVENUE ? "cumulative revenue share" : "customer count share";
        String text = "ABC by " + method + " as of " + asOf + " over " + window + ": " + ranking.size()
                + " customers, " + ranking.withRevenue() + " with revenue, total revenue "
                + ranking.totalRevenue().toPlainString() + ".\n" + summary.describe(ranking.totalRevenue()) + ".\n"
                + explanations.rule();
        return new ClassifierResult(classifications, text);
    }

    private Classification classify(AbcRanking.Entry entry) {
        BigDecimal before = settings.method() == AbcMethod.REVENUE ? entry.revenueBefore()
                : BigDecimal.valueOf(entry.withRevenueBefore());
        BigDecimal whole = settings.method() == AbcMethod.REVENUE ? ranking.totalRevenue()
                : BigDecimal.valueOf(ranking.withRevenue());
        AbcClass abcClass = classOf(entry, before, whole);
        summary.add(abcClass, entry);
        BigDecimal shareBefore = Shares.percent(before, whole);
        String explanation = entry.hasRevenue() ? explanations.withRevenue(entry, shareBefore, abcClass)
                : explanations.withoutRevenue(entry);
        return new Classification(entry.facts().customerId(), SCHEME, labels.get(abcClass),
                scores(entry, shareBefore), explanation);
    }

    private AbcClass classOf(AbcRanking.Entry entry, BigDecimal before, BigDecimal whole) {
        if (!entry.hasRevenue()) {
            return AbcClass.C;
        }
        if (Shares.below(before, whole, settings.aBelow())) {
            return AbcClass.A;
        }
        return Shares.below(before, whole, settings.bBelow()) ? AbcClass.B : AbcClass.C;
    }

    private Map<String, BigDecimal> scores(AbcRanking.Entry entry, BigDecimal shareBefore) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        scores.put("rank", BigDecimal.valueOf(entry.rank()));
        scores.put("revenue", entry.revenue());
        scores.put("cumulative_share_before", shareBefore);
        BigDecimal ownRevenue = entry.hasRevenue() ? entry.revenue() : BigDecimal.ZERO;
        scores.put("share", Shares.percent(ownRevenue, ranking.totalRevenue()));
        return scores;
    }
}
