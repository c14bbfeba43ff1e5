package io.tierbench.api.tiering;

import io.tierbench.api.classifier.Classification;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The tier policy in force: ordered rules that map each customer's classifier labels and facts to one tier of the
 * business, a default tier, a recommended strategy per tier, and tag rules. Configured under {@value #PID}; a
 * configuration that does not validate is rejected and the previous policy stays in force.
 *
 * <p>A customer's manual override ({@link io.tierbench.api.model.TierOverride}) wins over the rules until it
 * expires; rule tags replace the customer's earlier rule tags and never touch tags of other sources.
 *
 * @since 1.0
 */
@ProviderType
public interface TierPolicy {

    /** The configuration PID of the policy. */
    String PID = "tierbench.tiering";

    /** The classifier id the tiers are stored under in a run. */
    String CLASSIFIER_ID = "tier";

    /** The scheme the tiers are stored under in a run. */
    String SCHEME = "tier";

    /** @return the policy in force and, when the latest configuration was rejected, why */
    PolicyStatus status();

    /**
     * Decides every customer's tier from a stored run's classifications and the customers' facts as of the run's
     * as-of date, stores the tiers in that run under {@value #CLASSIFIER_ID} / {@value #SCHEME}, and replaces every
     * customer's rule tags.
     *
     * @param runId a stored run whose classifiers have finished
     * @return the tiers and rule tags stored, with counts and warnings
     * @throws IllegalStateException when no valid policy is in force, saying why
     * @throws IllegalArgumentException when the run is unknown
     */
    TieringResult apply(long runId);

    /**
     * Decides every customer's tier and rule tags as {@link #apply(long)} would, and stores nothing.
     *
     * @param runId a stored run, whose classifications are the inputs
     * @param replacements classifications to use instead of the stored ones, per classifier id: every stored
     *        classification of such a classifier is ignored; may be empty
     * @param policy a complete policy configuration (the properties of {@value #PID}) to evaluate instead of the
     *        policy in force, or {@code null} for the policy in force
     * @return what {@link #apply(long)} would store
     * @throws InvalidPolicyException when {@code policy} does not validate
     * @throws IllegalStateException when {@code policy} is {@code null} and no valid policy is in force
     * @throws IllegalArgumentException when the run is unknown
     */
    TieringResult evaluate(long runId, Map<String, List<Classification>> replacements, Map<String, Object> policy);
}
