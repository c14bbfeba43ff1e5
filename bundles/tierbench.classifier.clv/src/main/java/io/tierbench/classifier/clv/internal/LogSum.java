package io.tierbench.classifier.clv.internal;

/** log(e^u + e^v) without overflow or underflow: the likelihoods are sums of tiny probabilities. */
final class LogSum {

    private LogSum() {
    }

    static double of(double u, double v) {
        double larger = Math.max(u, v);
        if (larger == Double.NEGATIVE_INFINITY) {
            return larger;
        }
        return larger + Math.log1p(Math.exp(Math.min(u, v) - larger));
    }
}
