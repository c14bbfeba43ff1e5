package io.tierbench.classifier.clv.internal;

/**
 * The budget of one maximum-likelihood fit.
 *
 * @param maxEvaluations likelihood evaluations the Nelder-Mead stage may use
 * @param maxIterations Newton iterations the polishing stage may use
 */
record FitLimits(int maxEvaluations, int maxIterations) {
}
