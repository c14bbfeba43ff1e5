package io.tierbench.api.importer;

import io.tierbench.api.repository.CustomerRepository;
import java.nio.file.Path;
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
}
