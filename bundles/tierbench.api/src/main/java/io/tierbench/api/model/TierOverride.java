package io.tierbench.api.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's decision that a customer belongs to a tier, whatever the tier policy's rules say, until an expiry date.
 *
 * @param customerId the customer's external id
 * @param tier the tier key of the policy, e.g. {@code diamond}
 * @param reason why, for the people who read the customer's tier later; never blank
 * @param author who decided; never blank
 * @param createdAt when the override was set
 * @param until the last as-of date the override applies to, inclusive; {@code null} for no expiry
 * @since 1.2
 */
public record TierOverride(String customerId, String tier, String reason, String author, Instant createdAt,
        LocalDate until) {

    public TierOverride {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(createdAt, "createdAt");
        requireText(tier, "tier");
        requireText(reason, "reason");
        requireText(author, "author");
    }

    /**
     * @param asOf a run's as-of date
     * @return whether the override applies to a run as of that date: it has no expiry or expires on or after it
     */
    public boolean appliesOn(LocalDate asOf) {
        return until == null || !asOf.isAfter(until);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a tier override needs a " + name);
        }
    }
}
