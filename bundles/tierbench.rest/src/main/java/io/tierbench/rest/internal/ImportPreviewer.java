package io.tierbench.rest.internal;

import io.tierbench.api.importer.ColumnMapping;
import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportProgress;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.importer.Importer;
import io.tierbench.api.importer.UnknownCustomers;
import io.tierbench.api.repository.CustomerRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Shows what importing a file would do, without storing anything: picks the installed importer as the import service
 * does (by file name ending, highest ranking first, the first that accepts the file), tells the kind of rows, and
 * runs the import against a {@link DryRunRepository}. The built-in headers are used: named column mappings are
 * applied at commit.
 */
final class ImportPreviewer {

    /** Rows kept for the preview. */
    static final int SAMPLE_ROWS = 20;
    /** Rejected rows shown in a preview; the commit's report lists them all. */
    static final int SHOWN_REJECTS = 100;

    /** What the preview found. */
    record Preview(String importer, EntityKind kind, ImportReport report, SampleRows samples) {
    }

    private final Plugins plugins;
    private final CustomerRepository repository;

    ImportPreviewer(Plugins plugins, CustomerRepository repository) {
        this.plugins = plugins;
        this.repository = repository;
    }

    /**
     * @param kind what the rows are, or {@code null} to tell from the content or the file's name
     * @throws Problem 415 when no installed importer reads the file, 400 naming {@code kind} when the kind cannot be
     *         told, 422 when the file cannot be imported as a whole
     */
    Preview preview(Path file, String fileName, EntityKind kind) {
        String extension = extension(fileName);
        List<Plugins.Held<Importer>> candidates = plugins.importers(extension);
        try {
            Plugins.Held<Importer> chosen = choose(candidates, file, fileName);
            EntityKind entityKind = kind != null ? kind : kindOf(chosen.service(), file, fileName);
            SampleRows samples = new SampleRows(SAMPLE_ROWS);
            ImportReport report = chosen.service().importFile(file, new ImportRequest(entityKind, false,
                    ColumnMapping.NONE, UnknownCustomers.REJECT, ImportProgress.NONE),
                    new DryRunRepository(repository, samples));
            return new Preview(chosen.id(), entityKind, report, samples);
        } catch (ImportException e) {
            throw new Problem(422, "import-failed", "File cannot be imported", e.getMessage(),
                    List.of(new Problem.FieldError("file", e.getMessage())));
        } finally {
            candidates.forEach(Plugins.Held::close);
        }
    }

    static Map<String, Object> json(Preview preview) {
        ImportReport report = preview.report();
        return Json.object("importer", preview.importer(), "kind", preview.kind().name().toLowerCase(Locale.ROOT),
                "fields", preview.samples().fields(), "rows", preview.samples().rows(),
                "counts", Json.object("rows", report.rows(), "inserted", report.inserted(),
                        "updated", report.updated(), "unchanged", report.unchanged(), "rejected", report.rejected()),
                "rejectedRows", ImportResource.rowErrors(report.errors().stream().limit(SHOWN_REJECTS).toList()));
    }

    private static Plugins.Held<Importer> choose(List<Plugins.Held<Importer>> candidates, Path file, String name)
            throws ImportException {
        if (candidates.isEmpty()) {
            throw Problem.unsupportedMediaType(name + ": no installed importer reads ." + extension(name) + " files");
        }
        for (Plugins.Held<Importer> candidate : candidates) {
            try {
                if (candidate.service().accepts(file)) {
                    return candidate;
                }
            } catch (IOException e) {
                throw new ImportException(name + ": cannot be read: " + e.getMessage(), e);
            }
        }
        throw Problem.unsupportedMediaType(name + ": none of the importers of ." + extension(name) + " files ("
                + String.join(", ", candidates.stream().map(Plugins.Held::id).toList()) + ") reads this file");
    }

    private static EntityKind kindOf(Importer importer, Path file, String name) throws ImportException {
        Optional<EntityKind> fromContent;
        try {
            fromContent = importer.kindOf(file);
        } catch (IOException e) {
            throw new ImportException(name + ": cannot be read: " + e.getMessage(), e);
        }
        return fromContent.or(() -> EntityKind.fromFileName(name)).orElseThrow(() -> Problem.badRequest("kind",
                "cannot tell what " + name + " holds from its name: give kind (customers, orders, interactions or "
                        + "tags)"));
    }

    /** @return the file name's ending, lower case, letters and digits only (it goes into a service filter) */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extension.matches("[a-z0-9]+") ? extension : "";
    }
}
