package io.tierbench.api.model;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A contact between the shop and a customer: communication, service, feedback, complaint or referral.
 *
 * @param interactionId unique id
 * @param customerId the customer's external id
 * @param occurredAt local date and time
 * @param channel phone, e-mail, WeChat, visit or other
 * @param kind communication, service, feedback, complaint or referral
 * @param text free text, may be {@code null}
 * @param csat customer satisfaction 1–5, or {@code null} when not asked
 * @param nps net-promoter answer 0–10, or {@code null} when not asked
 * @since 1.0
 */
public record Interaction(String interactionId, String customerId, LocalDateTime occurredAt,
        InteractionChannel channel, InteractionKind kind, String text, Integer csat, Integer nps) {

    public Interaction {
        Objects.requireNonNull(interactionId, "interactionId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        if (csat != null && (csat < 1 || csat > 5)) {
            throw new IllegalArgumentException("csat must be 1 to 5: " + csat);
        }
        if (nps != null && (nps < 0 || nps > 10)) {
            throw new IllegalArgumentException("nps must be 0 to 10: " + nps);
        }
    }
}
