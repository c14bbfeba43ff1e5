package io.tierbench.classifier.clv.internal;

/**
 * Both fitted models with how they were fitted.
 *
 * @param bgNbd purchases and dropout
 * @param bgNbdFit the BG/NBD fit's log-likelihood and convergence
 * @param gammaGamma spend per purchase
 * @param gammaGammaFit the Gamma-Gamma fit's log-likelihood and convergence
 * @param customers customers in the BG/NBD fit
 * @param repeatCustomers customers in the Gamma-Gamma fit
 */
record LifetimeFit(BgNbdModel bgNbd, FitResult bgNbdFit, GammaGammaModel gammaGamma, FitResult gammaGammaFit,
        int customers, int repeatCustomers) {

    /** @return both models, their parameters, log-likelihoods and convergence, in two lines */
    String describe(TimeUnit unit) {
        return "BG/NBD on " + customers + " customers (time in " + unit.key() + "): " + bgNbd.describe() + "; "
                + bgNbdFit.describeConvergence() + ".\nGamma-Gamma on " + repeatCustomers
                + " customers with repeat spend: " + gammaGamma.describe() + "; "
                + gammaGammaFit.describeConvergence() + ".";
    }
}
