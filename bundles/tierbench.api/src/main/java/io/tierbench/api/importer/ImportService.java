package io.tierbench.api.importer;

import java.nio.file.Path;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Imports a file with the installed importer that reads it, applying a named column mapping from configuration,
 * and keeps a report and a rejects file of every import.
 *
 * @since 1.1
 */
@ProviderType
public interface ImportService {

    /**
     * @param file the file
     * @param kind what its rows are, or {@code null} to tell from the file's name
     *        ({@code customers*}, {@code orders*}, {@code interactions*}, {@code tags*}) or, for importers of a
     *        fixed kind such as WeCom contacts, from the importer
     * @param options strictness, mapping name, unknown customers, progress
     * @return the report, and where the report and the rejected rows were written
     * @throws ImportException when the file as a whole cannot be imported; nothing is stored then
     */
    ImportOutcome importFile(Path file, EntityKind kind, ImportOptions options) throws ImportException;

    /** @return the names of the column mappings in configuration */
    List<String> mappings();
}
