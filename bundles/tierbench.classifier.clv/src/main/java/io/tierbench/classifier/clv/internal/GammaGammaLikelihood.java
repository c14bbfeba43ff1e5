package io.tierbench.classifier.clv.internal;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.hipparchus.special.Gamma;

/**
 * The Gamma-Gamma log-likelihood of the mean repeat spend, summed over the customers with x &gt;= 1 and
 * zbar &gt; 0 (see {@link GammaGammaModel#logLikelihood}). The gamma functions depend on x only, so they are
 * computed once per distinct x.
 */
final class GammaGammaLikelihood implements ToDoubleFunction<double[]> {

    private final int[] x;
    private final double[] zbar;
    private final double[] logZbar;
    private final double[] logX;
    private final boolean[] present;

    /** @param customers repeat customers only: x &gt;= 1 and zbar &gt; 0 */
    GammaGammaLikelihood(List<CalibrationSummary> customers) {
        int n = customers.size();
        x = new int[n];
        zbar = new double[n];
        logZbar = new double[n];
        logX = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = customers.get(i).x();
            zbar[i] = customers.get(i).zbar();
            logZbar[i] = Math.log(zbar[i]);
            logX[i] = Math.log(x[i]);
        }
        present = DistinctFrequencies.of(x);
    }

    /** @param parameters p, q, gamma */
    @Override
    public double applyAsDouble(double[] parameters) {
        double p = parameters[0];
        double q = parameters[1];
        double gamma = parameters[2];
        double constant = q * Math.log(gamma) - Gamma.logGamma(q);
        double[] gammaRatio = new double[present.length];
        for (int k = 1; k < present.length; k++) {
            if (present[k]) {
                gammaRatio[k] = Gamma.logGamma(p * k + q) - Gamma.logGamma(p * k);
            }
        }
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double px = p * x[i];
            sum += gammaRatio[x[i]] + constant + (px - 1) * logZbar[i] + px * logX[i]
                    - (px + q) * Math.log(gamma + x[i] * zbar[i]);
        }
        return sum;
    }
}
