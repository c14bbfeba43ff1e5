package io.tierbench.api.repository;

/** What an upsert did. */
public enum UpsertOutcome {
    INSERTED,
    UPDATED,
    UNCHANGED
}
