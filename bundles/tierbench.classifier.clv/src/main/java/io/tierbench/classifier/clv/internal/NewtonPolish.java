package io.tierbench.classifier.clv.internal;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Newton's method for a maximum, on central finite-difference derivatives, with a backtracking line search.
 *
 * <p>Steps: gradient with step {@value #GRADIENT_STEP} (its truncation and rounding errors are both near 1e-10 per
 * observation, far below the tolerance), Hessian with step {@value #HESSIAN_STEP}. Where the Hessian is not
 * negative definite (away from the maximum) the step falls back to the gradient direction, so every accepted step
 * raises the objective.
 */
final class NewtonPolish {

    static final double GRADIENT_STEP = 1e-5;
    static final double HESSIAN_STEP = 1e-4;
    private static final double SMALLEST_STEP_FRACTION = 1e-12;

    /** Where the polish ended; {@code reason} says why when it did not converge. */
    record Outcome(double[] point, double value, int iterations, double gradientNorm, boolean converged,
            String reason) {
    }

    private final ToDoubleFunction<double[]> objective;
    private final double tolerance;
    private final int maxIterations;

    NewtonPolish(ToDoubleFunction<double[]> objective, double tolerance, int maxIterations) {
        this.objective = objective;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
    }

    Outcome run(double[] start) {
        double[] point = start.clone();
        double value = objective.applyAsDouble(point);
        for (int iteration = 0; ; iteration++) {
            double[] gradient = gradient(point);
            double norm = MatrixUtils.createRealVector(gradient).getNorm();
            if (!Double.isFinite(value) || !Double.isFinite(norm)) {
                return new Outcome(point, value, iteration, norm, false, "the likelihood is not finite there");
            }
            if (norm <= tolerance) {
                return new Outcome(point, value, iteration, norm, true, "");
            }
            if (iteration == maxIterations) {
                return new Outcome(point, value, iteration, norm, false,
                        "the Newton budget (fit.max.iterations = " + maxIterations + ") ran out");
            }
            double[] step = direction(point, gradient);
            double fraction = 1;
            double[] next = add(point, step, fraction);
            double nextValue = objective.applyAsDouble(next);
            while (!(nextValue >= value) && fraction > SMALLEST_STEP_FRACTION) {
                fraction /= 2;
                next = add(point, step, fraction);
                nextValue = objective.applyAsDouble(next);
            }
            if (!(nextValue >= value)) {
                return new Outcome(point, value, iteration, norm, false, "no step along the search direction "
                        + "raises the likelihood");
            }
            point = next;
            value = nextValue;
        }
    }

    private double[] direction(double[] point, double[] gradient) {
        RealVector g = MatrixUtils.createRealVector(gradient);
        RealMatrix negativeHessian = hessian(point).scalarMultiply(-1);
        try {
            return new CholeskyDecomposition(negativeHessian).getSolver().solve(g).toArray();
        } catch (MathIllegalArgumentException notNegativeDefinite) {
            // away from the maximum the surface may curve upwards: climb along the gradient, at most one unit
            return g.mapDivide(Math.max(1, g.getNorm())).toArray();
        }
    }

    /**
     * @return the smallest eigenvalue of minus the Hessian: how sharply the objective falls away from the point in
     *         its flattest direction; near 0 when a parameter can drift without changing the likelihood
     */
    double smallestCurvature(double[] point) {
        double[] eigenvalues = new EigenDecompositionSymmetric(hessian(point).scalarMultiply(-1)).getEigenvalues();
        return Arrays.stream(eigenvalues).min().orElseThrow();
    }

    double[] gradient(double[] point) {
        double[] gradient = new double[point.length];
        for (int i = 0; i < point.length; i++) {
            gradient[i] = (at(point, i, GRADIENT_STEP, -1, 0) - at(point, i, -GRADIENT_STEP, -1, 0))
                    / (2 * GRADIENT_STEP);
        }
        return gradient;
    }

    private RealMatrix hessian(double[] point) {
        int n = point.length;
        double h = HESSIAN_STEP;
        double centre = objective.applyAsDouble(point);
        RealMatrix hessian = MatrixUtils.createRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            double diagonal = (at(point, i, h, -1, 0) - 2 * centre + at(point, i, -h, -1, 0)) / (h * h);
            hessian.setEntry(i, i, diagonal);
            for (int j = i + 1; j < n; j++) {
                double mixed = (at(point, i, h, j, h) - at(point, i, h, j, -h) - at(point, i, -h, j, h)
                        + at(point, i, -h, j, -h)) / (4 * h * h);
                hessian.setEntry(i, j, mixed);
                hessian.setEntry(j, i, mixed);
            }
        }
        return hessian;
    }

    /** The objective at point + di e_i + dj e_j (j = -1 for none). */
    private double at(double[] point, int i, double di, int j, double dj) {
        double[] shifted = point.clone();
        shifted[i] += di;
        if (j >= 0) {
            shifted[j] += dj;
        }
        return objective.applyAsDouble(shifted);
    }

    private static double[] add(double[] point, double[] step, double fraction) {
        double[] result = point.clone();
        for (int i = 0; i < point.length; i++) {
            result[i] += fraction * step[i];
        }
        return result;
    }
}
