package io.tierbench.classifier.clv.internal;

import java.util.Locale;

/**
 * A converged maximum-likelihood fit.
 *
 * @param parameters the maximising parameters, natural scale
 * @param logLikelihood the maximised log-likelihood
 * @param evaluations likelihood evaluations used, both stages
 * @param iterations Newton iterations used
 * @param gradientNorm Euclidean norm of the gradient in log-parameters at the maximum
 */
record FitResult(double[] parameters, double logLikelihood, int evaluations, int iterations, double gradientNorm) {

    FitResult {
        parameters = parameters.clone();
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    /** @return e.g. {@code log-likelihood -9582.4295, converged: 512 evaluations, 4 Newton iterations, ...} */
    String describeConvergence() {
        return String.format(Locale.ROOT, "log-likelihood %.4f, converged after %d likelihood evaluations and %d "
                + "Newton iterations, gradient norm %.2e", logLikelihood, evaluations, iterations, gradientNorm);
    }
}
