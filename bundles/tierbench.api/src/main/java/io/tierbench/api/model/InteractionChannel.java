package io.tierbench.api.model;

/** How an interaction reached the shop. */
public enum InteractionChannel {
    PHONE,
    EMAIL,
    WECHAT,
    VISIT,
    OTHER
}
