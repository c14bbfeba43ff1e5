package io.tierbench.api.report;

import java.io.IOException;
import java.nio.file.Path;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Writes a report of a stored classification run: a dashboard, a classification table, an export.
 *
 * <p>Register implementations as services with the properties of {@link ReportGeneratorService}.
 *
 * @since 1.0
 */
@ConsumerType
public interface ReportGenerator {

    /**
     * @param request which run, in which language, with personal data masked or not, and the stores to read
     * @param target the file to write; replaced when it exists
     * @throws IOException when the file cannot be written
     */
    void generate(ReportRequest request, Path target) throws IOException;
}
