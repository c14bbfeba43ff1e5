package io.tierbench.api.classifier;

import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A method that labels every customer of the base: RFM, ABC, CLV, lifecycle, or a plugin's own.
 *
 * <p>Register an implementation as an OSGi service with the properties of {@link ClassifierService}
 * ({@code tierbench.classifier.id}, {@code .name}, {@code .version}). The engine looks classifiers up at the start
 * of every run, so a bundle installed while the runtime runs is used by the next run, and one removed is not.
 *
 * <p>A classifier sees the whole customer base at once, because quintiles, means and Pareto shares are base-wide.
 * Implementations must be safe to call from any thread, but are never called concurrently for the same run.
 *
 * @since 1.0
 */
@ConsumerType
public interface Classifier {

    /**
     * Labels every customer of the base.
     *
     * @param context the run: as-of date, the customers with their purchase facts, and raw orders on demand
     * @return one {@link Classification} per customer and scheme; a customer this classifier cannot judge gets a
     *         classification whose label says why (e.g. "no purchases"), never a silent omission
     * @throws ClassificationException when the classifier cannot run at all (invalid configuration, a model that does
     *         not converge); the engine records the reason and the other classifiers complete
     */
    ClassifierResult classify(ClassificationContext context) throws ClassificationException;

    /**
     * The effective configuration, as shown by {@code tierbench:classifiers} and stored with every run so a run can
     * be reproduced.
     *
     * @return key and value as text; empty when the classifier has no configuration
     */
    default Map<String, String> configuration() {
        return Map.of();
    }

    /**
     * A copy of this classifier with some configuration properties changed, for a dry run: the copy is used once, to
     * show how labels would move, and is never registered. The running classifier is not changed.
     *
     * @param changes properties keyed and written as in the classifier's {@code .cfg} file (e.g.
     *        {@code window.days = 365}); values are strings, numbers or arrays; properties not named keep their
     *        current values
     * @return the changed copy, or empty when this classifier cannot be previewed
     * @throws IllegalArgumentException when a property is unknown or the changed configuration is invalid, naming
     *         the problems
     * @since 1.1
     */
    default Optional<Classifier> withConfiguration(Map<String, Object> changes) {
        return Optional.empty();
    }
}
