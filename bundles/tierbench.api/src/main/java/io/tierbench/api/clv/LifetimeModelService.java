package io.tierbench.api.clv;

import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.classifier.ClassificationException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Fits the lifetime model on a run's customer base. Registered by the CLV bundle; optional for its users, which must
 * work without it.
 *
 * @since 1.0
 */
@ProviderType
public interface LifetimeModelService {

    /**
     * Fits the model on the context's customers as of its as-of date, or returns the fit already made for that same
     * context, so a run fits once however many classifiers ask.
     *
     * @param context the run
     * @return the fitted model
     * @throws ClassificationException when the fit does not converge or the base is too small; the message says why
     */
    LifetimeModel fit(ClassificationContext context) throws ClassificationException;
}
