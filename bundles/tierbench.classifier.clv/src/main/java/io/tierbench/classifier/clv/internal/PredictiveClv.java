package io.tierbench.classifier.clv.internal;

import java.util.Locale;

/**
 * Predictive CLV of one customer: margin x E[M] x the sum over months m = 1..H of the purchases expected in month
 * m, E[X(m)] - E[X(m-1)] from BG/NBD, divided by (1 + monthly rate)^m. A month is 365.25 / 12 days.
 *
 * @param probabilityAlive P(alive) at the as-of date
 * @param expectedPurchases E[X(H months)], undiscounted
 * @param discountedPurchases the same, each month discounted
 * @param expectedSpend E[M] from Gamma-Gamma
 * @param value margin x E[M] x discounted purchases
 */
record PredictiveClv(double probabilityAlive, double expectedPurchases, double discountedPurchases,
        double expectedSpend, double value) {

    /** @throws ArithmeticException when the hypergeometric series does not converge */
    static PredictiveClv of(CalibrationSummary c, LifetimeFit fit, TimeUnit unit, ClvSettings settings) {
        BgNbdModel bgNbd = fit.bgNbd();
        double rate = settings.discountRate().doubleValue();
        double month = unit.month();
        double previous = 0;
        double discounted = 0;
        for (int m = 1; m <= settings.horizonMonths(); m++) {
            double cumulative = bgNbd.expectedPurchases(m * month, c.x(), c.tx(), c.bigT());
            discounted += (cumulative - previous) / Math.pow(1 + rate, m);
            previous = cumulative;
        }
        double spend = fit.gammaGamma().expectedSpend(c.x(), c.zbar());
        double value = settings.margin().doubleValue() * spend * discounted;
        return new PredictiveClv(bgNbd.probabilityAlive(c.x(), c.tx(), c.bigT()), previous, discounted, spend,
                value);
    }

    String explain(CalibrationSummary c, TimeUnit unit, ClvSettings settings) {
        return String.format(Locale.ROOT, "Predictive CLV %.2f = margin %s x expected spend per purchase %.2f x "
                + "%.4f discounted expected purchases (%.4f undiscounted) over %d months at %s a month. "
                + "BG/NBD inputs: x = %d repeat purchases, t_x = %.2f, T = %.2f %s; P(alive) = %.4f. "
                + "Gamma-Gamma input: mean repeat spend zbar = %.2f", value, settings.margin().toPlainString(),
                expectedSpend, discountedPurchases, expectedPurchases, settings.horizonMonths(),
                settings.discountRate().toPlainString(), c.x(), c.tx(), c.bigT(), unit.key(), probabilityAlive,
                c.zbar());
    }
}
