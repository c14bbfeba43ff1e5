package io.tierbench.api.importer;

/**
 * Options of an import through the {@link ImportService}.
 *
 * @param strict store nothing when any row is bad
 * @param mappingName a column mapping from configuration, or {@code null} for the built-in headers only
 * @param unknownCustomers what to do with rows of unknown customers, or {@code null} for the configured default
 * @param progress hears how far the import has read, or {@code null}
 * @since 1.1
 */
public record ImportOptions(boolean strict, String mappingName, UnknownCustomers unknownCustomers,
        ImportProgress progress) {

    /** Default mode, built-in headers, configured policy for unknown customers. */
    public static ImportOptions defaults() {
        return new ImportOptions(false, null, null, null);
    }
}
