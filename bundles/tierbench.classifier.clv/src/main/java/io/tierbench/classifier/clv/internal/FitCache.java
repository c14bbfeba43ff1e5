package io.tierbench.classifier.clv.internal;

import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.classifier.ClassificationException;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * One fit per run: the outcome (model or failure) is kept for as long as the run's context lives, keyed weakly by
 * the context instance, so whichever of the CLV classifier and the lifecycle classifier asks first pays for the fit
 * and a failed fit is not retried within the run.
 *
 * <p>The fit runs under the cache's lock. Runs are sequential, so this never makes anyone wait in practice, and it
 * guarantees a second caller of the same run waits for the first fit rather than starting its own.
 */
final class FitCache {

    /** Fits the model for a run. */
    interface Fitting {
        FittedLifetimeModel fit(ClassificationContext context) throws ClassificationException;
    }

    private final Map<ClassificationContext, Object> outcomes = new WeakHashMap<>();
    private final Fitting fitting;

    FitCache(Fitting fitting) {
        this.fitting = fitting;
    }

    /**
     * @throws ClassificationException when the fit for this context failed, now or earlier in the run
     */
    synchronized FittedLifetimeModel get(ClassificationContext context) throws ClassificationException {
        Object outcome = outcomes.get(context);
        if (outcome == null) {
            try {
                outcome = fitting.fit(context);
            } catch (ClassificationException e) {
                outcome = e;
            }
            outcomes.put(context, outcome);
        }
        if (outcome instanceof ClassificationException failure) {
            throw new ClassificationException(failure.getMessage(), failure);
        }
        return (FittedLifetimeModel) outcome;
    }
}
