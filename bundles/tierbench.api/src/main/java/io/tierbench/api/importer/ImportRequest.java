package io.tierbench.api.importer;

import java.util.Objects;

/**
 * How to import one file.
 *
 * @param kind what the rows are
 * @param strict {@code true} to store nothing when any row is bad; {@code false} to store the good rows
 * @since 1.0
 */
public record ImportRequest(EntityKind kind, boolean strict) {

    public ImportRequest {
        Objects.requireNonNull(kind, "kind");
    }
}
