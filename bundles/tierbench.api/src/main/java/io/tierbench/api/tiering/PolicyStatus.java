package io.tierbench.api.tiering;

import java.util.List;
import java.util.Optional;

/**
 * The policy in force, and what became of the latest configuration.
 *
 * @param inForce the policy used by runs, or {@code null} when no configuration has validated yet
 * @param rejection why the latest configuration was rejected, naming each rule and position; {@code null} when the
 *        latest configuration is the one in force
 * @param warnings what validated but deserves a look (e.g. a classifier the latest run did not have)
 * @since 1.0
 */
public record PolicyStatus(PolicyDescription inForce, String rejection, List<String> warnings) {

    public PolicyStatus {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** @return the policy in force, or empty when none has validated */
    public Optional<PolicyDescription> policy() {
        return Optional.ofNullable(inForce);
    }
}
