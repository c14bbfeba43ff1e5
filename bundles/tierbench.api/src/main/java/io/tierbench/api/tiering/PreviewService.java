package io.tierbench.api.tiering;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Dry runs: how labels and tiers would move if a configuration changed, answered against the latest run and
 * without storing or changing anything.
 *
 * @since 1.0
 */
@ProviderType
public interface PreviewService {

    /**
     * @param change a classifier's settings or the tier policy (including its tag rules)
     * @return the migration matrices from the latest run to the dry run, and the customers who would move
     * @throws IllegalStateException when there is no finished run to compare with
     * @throws IllegalArgumentException when the PID belongs to no installed classifier nor the tier policy, or the
     *         changed configuration is invalid; the message names the problems
     */
    Preview preview(ConfigurationChange change);
}
