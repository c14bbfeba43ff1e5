package io.tierbench.classifier.satisfaction.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * The company net promoter score: % promoters minus % detractors, over each customer's latest answer, so a
 * customer who answered often weighs no more than one who answered once.
 */
final class CompanyNps {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<NpsCategory, Integer> counts = new EnumMap<>(NpsCategory.class);

    /** Counts one customer's category; customers without an answer count in no share. */
    void add(NpsCategory category) {
        counts.merge(category, 1, Integer::sum);
    }

    int count(NpsCategory category) {
        return counts.getOrDefault(category, 0);
    }

    /** @return the customers with an answer */
    int answers() {
        return count(NpsCategory.PROMOTER) + count(NpsCategory.PASSIVE) + count(NpsCategory.DETRACTOR);
    }

    /** @return the NPS, -100 to +100, to one decimal; {@code null} without any answer */
    BigDecimal score() {
        return answers() == 0 ? null
                : percent(count(NpsCategory.PROMOTER) - count(NpsCategory.DETRACTOR));
    }

    private BigDecimal percent(int customers) {
        return HUNDRED.multiply(BigDecimal.valueOf(customers)).divide(BigDecimal.valueOf(answers()), 1,
                RoundingMode.HALF_UP);
    }

    /** @return e.g. {@code company NPS +23.5 (promoters 40.0 %, detractors 16.5 %, 200 answers)} */
    String describe() {
        BigDecimal score = score();
        if (score == null) {
            return "company NPS n/a (no NPS answer in the window)";
        }
        String sign = score.signum() > 0 ? "+" : "";
        return "company NPS " + sign + score.toPlainString() + " (promoters "
                + percent(count(NpsCategory.PROMOTER)).toPlainString() + " %, detractors "
                + percent(count(NpsCategory.DETRACTOR)).toPlainString() + " %, "
                + Words.count(answers(), "answer") + ")";
    }
}
