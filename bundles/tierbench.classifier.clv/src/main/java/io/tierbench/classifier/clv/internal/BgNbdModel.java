package io.tierbench.classifier.clv.internal;

import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

/**
 * The BG/NBD model of Fader, Hardie and Lee (2005) with fitted parameters: purchase rates are gamma(r, alpha)
 * across customers, and after each purchase a customer drops out with a probability that is beta(a, b) across
 * customers. Times (t_x, T, horizons) are in the unit the model was fitted in; alpha is per that unit.
 */
record BgNbdModel(double r, double alpha, double a, double b) {

    /** Parameter names, in the order of {@link #of(double[])}. */
    static final String[] NAMES = {"r", "alpha", "a", "b"};

    static BgNbdModel of(double[] parameters) {
        return new BgNbdModel(parameters[0], parameters[1], parameters[2], parameters[3]);
    }

    double[] toArray() {
        return new double[] {r, alpha, a, b};
    }

    /** FHL (2005) eq. 6 for one customer, in logs: no constants dropped. */
    double logLikelihood(int x, double tx, double bigT) {
        double common = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha) - Beta.logBeta(a, b);
        double alive = Beta.logBeta(a, b + x) - (r + x) * Math.log(alpha + bigT);
        if (x == 0) {
            return common + alive;
        }
        double dropped = Beta.logBeta(a + 1, b + x - 1) - (r + x) * Math.log(alpha + tx);
        return common + LogSum.of(alive, dropped);
    }

    /**
     * P(alive | x, t_x, T) = 1 / (1 + [x &gt; 0] a / (b + x - 1) ((alpha + T) / (alpha + t_x))^(r + x)), FHL (2005)
     * eq. 11. A customer without repeat purchases is alive with probability 1: BG/NBD only lets customers drop out
     * right after a purchase.
     */
    double probabilityAlive(int x, double tx, double bigT) {
        return 1 / (1 + dropoutOdds(x, tx, bigT));
    }

    /**
     * E[X(t) | x, t_x, T], FHL (2005) eq. 10: the expected number of purchases in the next t time units.
     *
     * @throws ArithmeticException when the hypergeometric series does not converge
     */
    double expectedPurchases(double t, int x, double tx, double bigT) {
        if (t <= 0) {
            return 0;
        }
        double z = t / (alpha + bigT + t);
        double hypergeometric = Hypergeometric2F1.value(r + x, b + x, a + b + x - 1, z);
        double shrink = Math.pow((alpha + bigT) / (alpha + bigT + t), r + x);
        return (a + b + x - 1) / (a - 1) * (1 - shrink * hypergeometric) / (1 + dropoutOdds(x, tx, bigT));
    }

    private double dropoutOdds(int x, double tx, double bigT) {
        if (x == 0) {
            return 0;
        }
        return a / (b + x - 1) * Math.exp((r + x) * Math.log((alpha + bigT) / (alpha + tx)));
    }

    /** @return the parameters as text, e.g. {@code r = 0.24259, alpha = 4.41360, a = 0.79292, b = 2.42589} */
    String describe() {
        return String.format(java.util.Locale.ROOT, "r = %.5f, alpha = %.5f, a = %.5f, b = %.5f", r, alpha, a, b);
    }
}
