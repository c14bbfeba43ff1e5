package io.tierbench.importer.csv.internal;

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
 * Imports CSV and TSV files in UTF-8 (with or without a byte-order mark) or GB18030/GBK (as Chinese Excel saves
 * them), delimited by comma, semicolon or tab, whose first row is a header of canonical English columns
 * ({@code external_id}, {@code order_id}, …) or their Chinese synonyms ({@code 客户编号}, {@code 订单编号}, …).
 * Files are streamed: memory grows with the ids seen, not with the rows.
 *
 * <p>A row error's row is the line the record starts on, the header being row 1: what a text editor shows. It is
 * also the spreadsheet row unless an earlier quoted field spans lines.
 */
@Component(service = Importer.class)
@ImporterService(id = "csv", extensions = {"csv", "tsv", "txt"})
public final class CsvImporter implements Importer {

    @Override
    public ImportReport importFile(Path file, ImportRequest request, CustomerRepository repository)
            throws ImportException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(repository, "repository");
        try (CsvSource source = CsvSource.open(file)) {
            return ImportRun.importRows(source, request, repository);
        }
    }
}
