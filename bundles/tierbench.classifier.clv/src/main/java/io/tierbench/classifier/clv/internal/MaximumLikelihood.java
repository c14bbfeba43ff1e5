package io.tierbench.classifier.clv.internal;

import io.tierbench.api.classifier.ClassificationException;
import java.util.function.ToDoubleFunction;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximises a log-likelihood over strictly positive parameters, in log-parameters so that no bound is needed.
 *
 * <p>Two stages: Hipparchus' Nelder-Mead simplex from all parameters = 1 finds the basin, then Newton steps on
 * finite-difference derivatives (with a backtracking line search) polish it until the gradient norm, in
 * log-parameters, is at most {@value #GRADIENT_TOLERANCE_PER_OBSERVATION} per observation. The simplex alone stops
 * early on surfaces as flat as BG/NBD's in a and b; Newton converges quadratically from where it stops. A fit whose
 * gradient does not vanish within the budget, or whose parameters run off towards 0 or infinity (the maximum does
 * not exist for that base) or stop on a plateau (the Hessian nearly singular), is an error, never a result.
 */
final class MaximumLikelihood {

    static final double GRADIENT_TOLERANCE_PER_OBSERVATION = 1e-7;
    /**
     * Least curvature (smallest eigenvalue of minus the Hessian in log-parameters) per observation for a maximum;
     * CDNOW's BG/NBD maximum, flat as it is in a and b, has 3e-3 per customer.
     */
    static final double CURVATURE_TOLERANCE_PER_OBSERVATION = 1e-5;
    /** |log parameter| beyond which the fit is said to run off: parameters outside [e^-20, e^20]. */
    static final double LOG_PARAMETER_BOUND = 20;

    private final String model;
    private final String[] names;
    private final ToDoubleFunction<double[]> logLikelihood;
    private final FitLimits limits;
    private int evaluations;

    /**
     * @param model the model's name, for messages
     * @param names the parameter names, for messages
     * @param logLikelihood the log-likelihood of the natural (positive) parameters
     */
    MaximumLikelihood(String model, String[] names, ToDoubleFunction<double[]> logLikelihood, FitLimits limits) {
        this.model = model;
        this.names = names.clone();
        this.logLikelihood = logLikelihood;
        this.limits = limits;
    }

    /**
     * @param observations the number of customers in the likelihood, which scales the gradient tolerance
     * @throws ClassificationException when the fit does not converge, naming the reason and the numbers
     */
    FitResult maximise(int observations) throws ClassificationException {
        double[] start = simplexStart();
        double tolerance = GRADIENT_TOLERANCE_PER_OBSERVATION * observations;
        NewtonPolish newton = new NewtonPolish(this::objective, tolerance, limits.maxIterations());
        NewtonPolish.Outcome outcome = newton.run(start);
        if (!outcome.converged()) {
            throw new ClassificationException(model + " fit did not converge: " + outcome.reason() + " after "
                    + outcome.iterations() + " Newton iterations (gradient norm " + outcome.gradientNorm()
                    + ", tolerance " + tolerance + ", at " + describe(outcome.point()) + ")");
        }
        checkBounds(outcome.point());
        checkCurvature(newton.smallestCurvature(outcome.point()), observations, outcome.point());
        return new FitResult(exp(outcome.point()), outcome.value(), evaluations, outcome.iterations(),
                outcome.gradientNorm());
    }

    private double[] simplexStart() throws ClassificationException {
        SimplexOptimizer simplex = new SimplexOptimizer(1e-12, 1e-10);
        try {
            PointValuePair best = simplex.optimize(new MaxEval(limits.maxEvaluations()),
                    new ObjectiveFunction(this::penalisedObjective), GoalType.MAXIMIZE,
                    new InitialGuess(new double[names.length]), new NelderMeadSimplex(names.length, 1.0));
            return best.getPoint();
        } catch (MathIllegalStateException e) {
            throw new ClassificationException(model + " fit did not converge: the Nelder-Mead simplex used its "
                    + limits.maxEvaluations() + " evaluations of the likelihood (fit.max.evaluations) without "
                    + "settling", e);
        }
    }

    /** Log-likelihood at log-parameters; -infinity where it is undefined, so the simplex moves away. */
    double objective(double[] logParameters) {
        evaluations++;
        double value = logLikelihood.applyAsDouble(exp(logParameters));
        return Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
    }

    private double penalisedObjective(double[] logParameters) {
        for (double logParameter : logParameters) {
            if (Math.abs(logParameter) > LOG_PARAMETER_BOUND + 5) {
                return Double.NEGATIVE_INFINITY;
            }
        }
        return objective(logParameters);
    }

    private void checkBounds(double[] logParameters) throws ClassificationException {
        for (int i = 0; i < logParameters.length; i++) {
            if (Math.abs(logParameters[i]) > LOG_PARAMETER_BOUND) {
                throw new ClassificationException(model + " fit did not converge: parameter " + names[i]
                        + " ran off to " + Math.exp(logParameters[i]) + " (" + describe(logParameters)
                        + "); the likelihood has no maximum on this customer base");
            }
        }
    }

    /** A vanishing gradient on a ridge or plateau is no maximum: the parameters there are arbitrary. */
    private void checkCurvature(double curvature, int observations, double[] logParameters)
            throws ClassificationException {
        if (!(curvature > CURVATURE_TOLERANCE_PER_OBSERVATION * observations)) {
            throw new ClassificationException(model + " fit did not converge to a maximum: the likelihood is flat "
                    + "in some direction at " + describe(logParameters) + " (smallest curvature " + curvature
                    + "); the parameters are not determined by this customer base");
        }
    }

    private String describe(double[] logParameters) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            text.append(i == 0 ? "" : ", ").append(names[i]).append(" = ").append(Math.exp(logParameters[i]));
        }
        return text.toString();
    }

    private static double[] exp(double[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = Math.exp(values[i]);
        }
        return result;
    }
}
