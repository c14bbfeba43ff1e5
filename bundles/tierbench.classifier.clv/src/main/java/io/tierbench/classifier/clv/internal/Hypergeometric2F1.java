package io.tierbench.classifier.clv.internal;

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) for 0 &lt;= z &lt; 1, which BG/NBD's conditional expectation
 * needs and Hipparchus does not provide.
 *
 * <p>Summed as its power series, sum over k of (a)_k (b)_k / ((c)_k k!) z^k, where each term is the previous one
 * times (a+k)(b+k) z / ((c+k)(k+1)). The term ratio tends to z &lt; 1, so the series converges; it stops once the
 * ratio has settled below 1 and a geometric bound on the remaining tail, |term| rho / (1 - rho) with rho the larger
 * of the current ratio and z, is below {@value #RELATIVE_TOLERANCE} of the sum. In BG/NBD, z = t / (alpha + T + t),
 * so z approaches 1 only for horizons far longer than the customer's age; the term cap then reports failure instead
 * of returning a truncated sum.
 */
final class Hypergeometric2F1 {

    static final double RELATIVE_TOLERANCE = 1e-15;
    static final int MAX_TERMS = 1_000_000;

    private Hypergeometric2F1() {
    }

    /**
     * @throws ArithmeticException when z is outside [0, 1), c is a pole (0, -1, -2, ...), or the series has not
     *         converged within {@value #MAX_TERMS} terms
     */
    static double value(double a, double b, double c, double z) {
        if (!(z >= 0 && z < 1)) {
            throw new ArithmeticException("2F1 series needs 0 <= z < 1, got z = " + z);
        }
        if (c <= 0 && c == Math.rint(c)) {
            throw new ArithmeticException("2F1 is undefined for c = " + c + " (a pole of the gamma function)");
        }
        // past k = max(|a|, |b|, |c|) the term ratio moves monotonically towards z, so the tail bound holds
        double settled = Math.max(Math.abs(a), Math.max(Math.abs(b), Math.abs(c)));
        double term = 1;
        double sum = 1;
        for (int k = 0; k < MAX_TERMS; k++) {
            double ratio = (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            term *= ratio;
            sum += term;
            double rho = Math.max(Math.abs(ratio), z);
            if (rho < 1 && k >= settled && Math.abs(term) * rho / (1 - rho) <= RELATIVE_TOLERANCE * Math.abs(sum)) {
                return sum;
            }
        }
        throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") series did not converge in "
                + MAX_TERMS + " terms");
    }
}
