package io.tierbench.rest.internal;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportOptions;
import io.tierbench.api.importer.ImportOutcome;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.importer.ImportService;
import io.tierbench.api.repository.CustomerRepository;
import java.nio.file.Path;
import java.util.List;

/** The import service reduced to what the API uses: the {@link LineImporter}, into the real repository. */
final class FakeImportService implements ImportService {

    private final CustomerRepository repository;

    FakeImportService(CustomerRepository repository) {
        this.repository = repository;
    }

    @Override
    public ImportOutcome importFile(Path file, EntityKind kind, ImportOptions options) throws ImportException {
        EntityKind entityKind = kind != null ? kind
                : EntityKind.fromFileName(file.getFileName().toString()).orElseThrow(
                        () -> new ImportException("cannot tell the kind of " + file.getFileName()));
        return new ImportOutcome(new LineImporter().importFile(file, new ImportRequest(entityKind, options.strict()),
                repository), "lines", null, null);
    }

    @Override
    public List<String> mappings() {
        return List.of();
    }
}
