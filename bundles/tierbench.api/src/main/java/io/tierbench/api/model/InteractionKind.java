package io.tierbench.api.model;

/** What an interaction was about. */
public enum InteractionKind {
    COMMUNICATION,
    SERVICE,
    FEEDBACK,
    COMPLAINT,
    REFERRAL
}
