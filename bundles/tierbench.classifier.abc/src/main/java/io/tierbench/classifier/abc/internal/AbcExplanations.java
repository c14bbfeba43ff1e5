package io.tierbench.classifier.abc.internal;

import java.math.BigDecimal;

/** The English explanations of one run; the rule text is formatted once per run, not per customer. */
final class AbcExplanations {

    private final AbcSettings settings;
    private final AbcRanking ranking;
    private final String window;
    private final String aBelow;
    private final String bBelow;
    private final String rule;

    AbcExplanations(AbcSettings settings, AbcRanking ranking, String window) {
        this.settings = settings;
        this.ranking = ranking;
        this.window = window;
        this.aBelow = Shares.format(settings.aBelow());
        this.bBelow = Shares.format(settings.bBelow());
        this.rule = rule(settings);
    }

    private static String rule(AbcSettings settings) {
        String a = Shares.format(settings.aBelow());
        String b = Shares.format(settings.bBelow());
        if (settings.method() == AbcMethod.REVENUE) {
            return "Rule: A while the cumulative revenue share of the customers before it is below " + a + ", B below "
                    + b + ", else C; so the customer crossing a boundary takes the higher class; no revenue -> C.";
        }
        return "Rule (count share): A while the share of the customers with revenue ranked before it is below " + a
                + ", B below " + b + ", else C; so the top ceil(" + a + " x N) customers with revenue are A and "
                + "those up to ceil(" + b + " x N) are B (A " + Shares.format(settings.countA()) + ", B "
                + Shares.format(settings.countB()) + "); no revenue -> C.";
    }

    /** @return the rule of the run, for the summary */
    String rule() {
        return rule;
    }

    /** @return why a customer without revenue is C */
    String withoutRevenue(AbcRanking.Entry entry) {
        String reason = entry.facts().hasPurchases()
                ? "Revenue " + entry.revenue().toPlainString() + " in " + window + ": zero revenue"
                : "No purchase in " + window + ": no revenue";
        return reason + ", so C whatever its place (rank " + entry.rank() + " of " + ranking.size() + ").";
    }

    /** @return rank, revenue, cumulative share before the customer, the comparisons and the rule */
    String withRevenue(AbcRanking.Entry entry, BigDecimal shareBefore, AbcClass abcClass) {
        BigDecimal total = ranking.totalRevenue();
        return "Rank " + entry.rank() + " of " + ranking.size() + " by revenue in " + window + "; revenue "
                + entry.revenue().toPlainString() + " = " + Shares.format(Shares.percent(entry.revenue(), total))
                + " of the total " + total.toPlainString() + "; " + before(entry, shareBefore) + ": "
                + comparison(abcClass) + " -> " + abcClass + ". " + rule;
    }

    private String before(AbcRanking.Entry entry, BigDecimal shareBefore) {
        if (settings.method() == AbcMethod.REVENUE) {
            return "cumulative revenue share of the customers before it " + Shares.format(shareBefore) + " ("
                    + entry.revenueBefore().toPlainString() + " of " + ranking.totalRevenue().toPlainString() + ")";
        }
        return entry.withRevenueBefore() + " of the " + ranking.withRevenue()
                + " customers with revenue ranked before it = " + Shares.format(shareBefore);
    }

    private String comparison(AbcClass abcClass) {
        return switch (abcClass) {
            case A -> "below the A threshold " + aBelow;
            case B -> "not below the A threshold " + aBelow + ", below the B threshold " + bBelow;
            case C -> "not below the B threshold " + bBelow;
        };
    }
}
