package io.tierbench.classifier.clv.internal;

import io.tierbench.api.classifier.ClassificationException;
import java.util.List;

/**
 * Fits BG/NBD on every customer with a purchase and Gamma-Gamma on those with repeat spend, refusing bases too
 * small or too degenerate to say anything.
 */
final class LifetimeFitter {

    private final FitLimits limits;
    private final int minCustomers;
    private final int minRepeatCustomers;

    /**
     * @param minCustomers fewest customers with a purchase for a BG/NBD fit
     * @param minRepeatCustomers fewest customers with repeat spend for a Gamma-Gamma fit
     */
    LifetimeFitter(FitLimits limits, int minCustomers, int minRepeatCustomers) {
        this.limits = limits;
        this.minCustomers = minCustomers;
        this.minRepeatCustomers = minRepeatCustomers;
    }

    /**
     * @param customers the customers with at least one purchase
     * @throws ClassificationException when the base is too small or a fit does not converge
     */
    LifetimeFit fit(List<CalibrationSummary> customers) throws ClassificationException {
        List<CalibrationSummary> repeat = customers.stream().filter(CalibrationSummary::hasRepeatSpend).toList();
        checkBase(customers.size(), repeat.size());
        FitResult purchases = fitBgNbd(customers);
        FitResult spend = fitGammaGamma(repeat);
        GammaGammaModel gammaGamma = GammaGammaModel.of(spend.parameters());
        if (gammaGamma.q() <= 1) {
            throw new ClassificationException("Gamma-Gamma fit gives q = " + gammaGamma.q() + " <= 1 ("
                    + gammaGamma.describe() + "): the mean spend per purchase is unbounded on this base");
        }
        return new LifetimeFit(BgNbdModel.of(purchases.parameters()), purchases, gammaGamma, spend,
                customers.size(), repeat.size());
    }

    FitResult fitBgNbd(List<CalibrationSummary> customers) throws ClassificationException {
        return new MaximumLikelihood("BG/NBD", BgNbdModel.NAMES, new BgNbdLikelihood(customers), limits)
                .maximise(customers.size());
    }

    /** @param repeat customers with x &gt;= 1 and zbar &gt; 0 only */
    FitResult fitGammaGamma(List<CalibrationSummary> repeat) throws ClassificationException {
        return new MaximumLikelihood("Gamma-Gamma", GammaGammaModel.NAMES, new GammaGammaLikelihood(repeat), limits)
                .maximise(repeat.size());
    }

    private void checkBase(int customers, int repeatCustomers) throws ClassificationException {
        if (customers < minCustomers) {
            throw new ClassificationException("Too few customers to fit BG/NBD: " + customers
                    + " with a purchase, fit.min.customers = " + minCustomers);
        }
        if (repeatCustomers < minRepeatCustomers) {
            throw new ClassificationException("Too few repeat customers to fit Gamma-Gamma: " + repeatCustomers
                    + " with a repeat purchase of positive value, fit.min.repeat.customers = "
                    + minRepeatCustomers);
        }
    }
}
