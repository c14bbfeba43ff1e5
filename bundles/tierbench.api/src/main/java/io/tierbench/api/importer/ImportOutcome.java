package io.tierbench.api.importer;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An import's report and the files written beside it.
 *
 * @param report counts and rejected rows
 * @param importer the id of the importer that read the file
 * @param reportFile the report as text
 * @param rejectsFile the rejected rows as CSV (file, row, column, value, reason), or {@code null} when none was
 *        rejected
 * @since 1.1
 */
public record ImportOutcome(ImportReport report, String importer, Path reportFile, Path rejectsFile) {

    public ImportOutcome {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(importer, "importer");
    }
}
