package io.tierbench.importer.json.internal;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.importer.Importer;
import io.tierbench.api.importer.ImporterService;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.importer.support.ImportRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * Imports JSON exports of customers, orders, interactions or tags: records as objects whose field names are the
 * canonical columns or their synonyms, as the CSV importer reads them. <code>{"orders": [...]}</code> says what the
 * records are; a plain array or one object per line takes the kind from the file's name or the import's options.
 */
@Component(service = Importer.class)
@ImporterService(id = "json", extensions = {"json", "jsonl", "ndjson"})
public final class JsonImporter implements Importer {

    private static final Map<String, EntityKind> HOLDERS = Map.of("customers", EntityKind.CUSTOMERS,
            "orders", EntityKind.ORDERS, "interactions", EntityKind.INTERACTIONS, "tags", EntityKind.TAGS,
            "客户", EntityKind.CUSTOMERS, "订单", EntityKind.ORDERS, "互动", EntityKind.INTERACTIONS,
            "标签", EntityKind.TAGS);

    @Override
    public ImportReport importFile(Path file, ImportRequest request, CustomerRepository repository)
            throws ImportException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(repository, "repository");
        try (JsonRowSource source = JsonRowSource.open(file)) {
            return ImportRun.importRows(source, request, repository);
        }
    }

    @Override
    public Optional<EntityKind> kindOf(Path file) throws IOException {
        String holder = JsonRowSource.holderName(file);
        return holder == null ? Optional.empty()
                : Optional.ofNullable(HOLDERS.get(holder.toLowerCase(Locale.ROOT)));
    }
}
