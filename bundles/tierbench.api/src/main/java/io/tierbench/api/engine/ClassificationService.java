package io.tierbench.api.engine;

import java.time.LocalDate;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs every installed classifier over the repository for an as-of date and stores the results as a new run.
 *
 * @since 1.0
 */
@ProviderType
public interface ClassificationService {

    /**
     * @param asOf the as-of date: purchases after it are ignored
     * @return what each classifier did; a classifier that failed is reported with its reason while the others
     *         complete
     */
    RunReport classify(LocalDate asOf);
}
