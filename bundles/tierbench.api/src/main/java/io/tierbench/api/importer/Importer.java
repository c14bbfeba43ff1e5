package io.tierbench.api.importer;

import io.tierbench.api.repository.CustomerRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads customers, orders or interactions from a file into the repository.
 *
 * <p>Register implementations as services with the properties of {@link ImporterService}. An importer validates every
 * row, reports each bad one with file, row, column and reason, and writes through one
 * {@link io.tierbench.api.repository.RepositoryTransaction}: in the default mode all good rows are stored and the bad
 * ones listed; in strict mode nothing is stored when any row is bad.
 *
 * @since 1.0
 */
@ConsumerType
public interface Importer {

    /**
     * @param file the file to read
     * @param request what the rows are and how strictly to treat bad ones
     * @param repository where to store them
     * @return counts of inserted, updated, unchanged and rejected rows, and every rejected row
     * @throws ImportException when the file as a whole cannot be read (missing, empty, cut off, wrong kind);
     *         nothing is stored then
     */
    ImportReport importFile(Path file, ImportRequest request, CustomerRepository repository) throws ImportException;

    /**
     * Tells whether this importer reads a file, from its first bytes, for when several importers take the same file
     * name ending (a WeCom contact dump and a plain JSON list are both {@code .json}). Importers are asked in order
     * of service ranking, highest first.
     *
     * @param file the file
     * @return {@code true} when the importer reads it; by default every file with one of its endings
     * @throws IOException when the file cannot be read
     * @since 1.1
     */
    default boolean accepts(Path file) throws IOException {
        return true;
    }

    /**
     * @param file the file
     * @return what the file holds when the importer can tell from its content (a WeCom contact dump holds
     *         customers), or empty to let the caller tell from the file's name
     * @throws IOException when the file cannot be read
     * @since 1.1
     */
    default Optional<EntityKind> kindOf(Path file) throws IOException {
        return java.util.Optional.empty();
    }
}
