package io.tierbench.importer.xlsx.internal;

import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.importer.Importer;
import io.tierbench.api.importer.ImporterService;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.importer.support.ImportRun;
import java.nio.file.Path;
import java.util.Objects;
import org.osgi.service.component.annotations.Component;

/**
 * Imports the first sheet of an Excel workbook, streamed so that a sheet of a million rows is read in bounded
 * memory. Columns and values are those of the CSV importer; Excel's date cells arrive as dates and its numbers as
 * Excel shows them, so a phone number stored as a number keeps its digits.
 */
@Component(service = Importer.class)
@ImporterService(id = "xlsx", extensions = {"xlsx", "xlsm"})
public final class XlsxImporter implements Importer {

    @Override
    public ImportReport importFile(Path file, ImportRequest request, CustomerRepository repository)
            throws ImportException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(repository, "repository");
        try (XlsxRowSource source = XlsxRowSource.open(file)) {
            return ImportRun.importRows(source, request, repository);
        }
    }
}
