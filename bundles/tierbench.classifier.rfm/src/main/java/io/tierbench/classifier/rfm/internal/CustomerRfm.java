package io.tierbench.classifier.rfm.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One scored customer's raw values and scores.
 *
 * @param days whole days from the last purchase to the as-of date (R)
 * @param frequency number of purchases in the window (F)
 * @param monetary total spend in the window (M)
 * @param r the R score
 * @param f the F score
 * @param m the M score
 */
record CustomerRfm(long days, int frequency, BigDecimal monetary, int r, int f, int m) {

    /** @return (F score + M score) / 2, rounded half up */
    int fm() {
        return (f + m + 1) / 2;
    }

    /** @return the scores stored with both of the customer's classifications, in a fixed order */
    Map<String, BigDecimal> scores() {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        scores.put("recency_days", BigDecimal.valueOf(days));
        scores.put("frequency", BigDecimal.valueOf(frequency));
        scores.put("monetary", monetary);
        scores.put("r_score", BigDecimal.valueOf(r));
        scores.put("f_score", BigDecimal.valueOf(f));
        scores.put("m_score", BigDecimal.valueOf(m));
        scores.put("fm_score", BigDecimal.valueOf(fm()));
        return scores;
    }
}
