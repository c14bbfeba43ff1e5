package io.tierbench.api.importer;

import java.util.Objects;

/**
 * How to import one file.
 *
 * @param kind what the rows are
 * @param strict {@code true} to store nothing when any row is bad; {@code false} to store the good rows
 * @param mapping the client's headers, {@link ColumnMapping#NONE} for the built-in ones only
 * @param unknownCustomers what to do with a row whose customer is not stored
 * @param progress hears how far the import has read
 * @since 1.0
 */
public record ImportRequest(EntityKind kind, boolean strict, ColumnMapping mapping,
        UnknownCustomers unknownCustomers, ImportProgress progress) {

    public ImportRequest {
        Objects.requireNonNull(kind, "kind");
        mapping = mapping == null ? ColumnMapping.NONE : mapping;
        unknownCustomers = unknownCustomers == null ? UnknownCustomers.REJECT : unknownCustomers;
        progress = progress == null ? ImportProgress.NONE : progress;
    }

    /** Built-in headers, unknown customers rejected, no progress. */
    public ImportRequest(EntityKind kind, boolean strict) {
        this(kind, strict, ColumnMapping.NONE, UnknownCustomers.REJECT, ImportProgress.NONE);
    }
}
