package io.tierbench.classifier.clv.internal;

import io.tierbench.api.model.PurchaseFacts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Both CLVs of one customer with a purchase, and the model quantities behind them.
 *
 * @param facts the customer's purchase facts
 * @param summary x, t_x, T and zbar
 * @param historical the historical CLV
 * @param predictive the predictive CLV, or {@code null} when the predictive scheme is off
 */
record CustomerValue(PurchaseFacts facts, CalibrationSummary summary, HistoricalClv historical,
        PredictiveClv predictive) {

    /** @return the predictive CLV in cents, as ranked and stored */
    BigDecimal predictiveValue() {
        return decimal(predictive.value(), 2);
    }

    /** @return p_alive, expected_purchases, expected_spend, clv (when predictive), historical_clv, x, t_x, T */
    Map<String, BigDecimal> scores() {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        if (predictive != null) {
            scores.put("p_alive", decimal(predictive.probabilityAlive(), 6));
            scores.put("expected_purchases", decimal(predictive.expectedPurchases(), 4));
            scores.put("expected_spend", decimal(predictive.expectedSpend(), 2));
            scores.put("clv", predictiveValue());
        }
        scores.put("historical_clv", historical.value());
        scores.put("x", BigDecimal.valueOf(summary.x()));
        scores.put("t_x", decimal(summary.tx(), 4));
        scores.put("T", decimal(summary.bigT(), 4));
        return scores;
    }

    private static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
