package io.tierbench.classifier.clv.internal;

import io.tierbench.api.clv.LifetimeModel;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * BG/NBD and Gamma-Gamma fitted on one run's base, with every customer's summary, answering per customer. Holds no
 * reference to the run's context, so the weak cache keyed by the context can let both go.
 */
final class FittedLifetimeModel implements LifetimeModel {

    private final LocalDate asOf;
    private final TimeUnit unit;
    private final LifetimeFit fit;
    private final Map<String, CalibrationSummary> customers;

    /** @param customers the summaries of the customers with a purchase, by id */
    FittedLifetimeModel(LocalDate asOf, TimeUnit unit, LifetimeFit fit, Map<String, CalibrationSummary> customers) {
        this.asOf = asOf;
        this.unit = unit;
        this.fit = fit;
        this.customers = Map.copyOf(customers);
    }

    @Override
    public LocalDate asOf() {
        return asOf;
    }

    @Override
    public OptionalDouble probabilityAlive(String customerId) {
        CalibrationSummary c = customers.get(customerId);
        return c == null ? OptionalDouble.empty() : OptionalDouble.of(fit.bgNbd().probabilityAlive(c.x(), c.tx(),
                c.bigT()));
    }

    /** @throws ArithmeticException when the hypergeometric series does not converge for so long a horizon */
    @Override
    public OptionalDouble expectedPurchases(String customerId, int horizonDays) {
        CalibrationSummary c = customers.get(customerId);
        return c == null ? OptionalDouble.empty() : OptionalDouble.of(fit.bgNbd().expectedPurchases(
                unit.fromDays(horizonDays), c.x(), c.tx(), c.bigT()));
    }

    /** @return r, alpha (per time unit), a, b of BG/NBD, then p, q, gamma of Gamma-Gamma */
    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> parameters = new LinkedHashMap<>();
        put(parameters, BgNbdModel.NAMES, fit.bgNbd().toArray());
        put(parameters, GammaGammaModel.NAMES, fit.gammaGamma().toArray());
        return Collections.unmodifiableMap(parameters);
    }

    private static void put(Map<String, Double> parameters, String[] names, double[] values) {
        for (int i = 0; i < names.length; i++) {
            parameters.put(names[i], values[i]);
        }
    }

    /** @return the BG/NBD log-likelihood (the Gamma-Gamma one is in {@link #fit()}) */
    @Override
    public double logLikelihood() {
        return fit.bgNbdFit().logLikelihood();
    }

    LifetimeFit fit() {
        return fit;
    }

    TimeUnit unit() {
        return unit;
    }

    /** @return the customer's summary, or {@code null} when the customer has no purchase */
    CalibrationSummary summary(String customerId) {
        return customers.get(customerId);
    }

    @Override
    public String toString() {
        return "Lifetime model as of " + asOf + ": " + fit.describe(unit);
    }
}
