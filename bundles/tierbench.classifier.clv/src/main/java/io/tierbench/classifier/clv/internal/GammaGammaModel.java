package io.tierbench.classifier.clv.internal;

import org.hipparchus.special.Gamma;

/**
 * The Gamma-Gamma model of spend per purchase (Fader and Hardie 2013): a customer's purchase values are
 * gamma(p, nu) around their mean p / nu, and nu is gamma(q, gamma) across customers.
 */
record GammaGammaModel(double p, double q, double gamma) {

    /** Parameter names, in the order of {@link #of(double[])}. */
    static final String[] NAMES = {"p", "q", "gamma"};

    static GammaGammaModel of(double[] parameters) {
        return new GammaGammaModel(parameters[0], parameters[1], parameters[2]);
    }

    double[] toArray() {
        return new double[] {p, q, gamma};
    }

    /**
     * Log density of the mean spend zbar over x repeat purchases: Gamma(px+q) / (Gamma(px) Gamma(q)) gamma^q
     * zbar^(px-1) x^(px) / (gamma + x zbar)^(px+q). Needs x &gt;= 1 and zbar &gt; 0.
     */
    double logLikelihood(int x, double zbar) {
        double px = p * x;
        return Gamma.logGamma(px + q) - Gamma.logGamma(px) - Gamma.logGamma(q) + q * Math.log(gamma)
                + (px - 1) * Math.log(zbar) + px * Math.log(x) - (px + q) * Math.log(gamma + x * zbar);
    }

    /**
     * E[M | x, zbar] = p (gamma + x zbar) / (p x + q - 1): the customer's expected spend per purchase, between the
     * population mean p gamma / (q - 1) (returned for x = 0) and the customer's own mean zbar.
     */
    double expectedSpend(int x, double zbar) {
        return p * (gamma + x * zbar) / (p * x + q - 1);
    }

    String describe() {
        return String.format(java.util.Locale.ROOT, "p = %.4f, q = %.4f, gamma = %.4f", p, q, gamma);
    }
}
