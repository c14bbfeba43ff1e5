package io.tierbench.intake.internal;

import io.tierbench.api.importer.ColumnMapping;
import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportOptions;
import io.tierbench.api.importer.ImportOutcome;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.importer.Importer;
import io.tierbench.api.importer.UnknownCustomers;
import io.tierbench.api.repository.CustomerRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Imports a file with the first installed importer that takes it, and records the import. Kept free of OSGi so
 * that it is tested with real importers and a real repository; {@link IntakeService} supplies the installed
 * importers and the configured mappings.
 */
final class Intake {

    /** An installed importer and its id, held until {@link #release()}. */
    record Candidate(String id, Importer importer, Runnable releaser) {

        Candidate(String id, Importer importer) {
            this(id, importer, () -> { });
        }

        void release() {
            releaser.run();
        }
    }

    /** The installed importers of a file name ending, highest service ranking first. */
    interface Importers {
        List<Candidate> forExtension(String extension);

        /** @return every file name ending some installed importer reads, for messages */
        List<String> extensions();
    }

    /** The configured column mappings. */
    interface Mappings {
        ColumnMapping named(String name) throws ImportException;

        List<String> names();
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final CustomerRepository repository;
    private final Importers importers;
    private final Mappings mappings;
    private final Path reportsDirectory;
    private final UnknownCustomers defaultUnknownCustomers;
    private final Clock clock;

    Intake(CustomerRepository repository, Importers importers, Mappings mappings, Path reportsDirectory,
            UnknownCustomers defaultUnknownCustomers, Clock clock) {
        this.repository = repository;
        this.importers = importers;
        this.mappings = mappings;
        this.reportsDirectory = reportsDirectory;
        this.defaultUnknownCustomers = defaultUnknownCustomers;
        this.clock = clock;
    }

    ImportOutcome importFile(Path file, EntityKind kind, ImportOptions options) throws ImportException {
        String name = fileName(file);
        if (!Files.isRegularFile(file)) {
            throw new ImportException(name + ": no such file (" + file + ")");
        }
        List<Candidate> candidates = importers.forExtension(extension(name));
        try {
            Candidate candidate = importerFor(candidates, file, name);
            EntityKind entityKind = kind != null ? kind : kindOf(candidate, file, name);
            ColumnMapping mapping = options.mappingName() == null || options.mappingName().isBlank()
                    ? ColumnMapping.NONE : mappings.named(options.mappingName().strip());
            UnknownCustomers unknownCustomers = options.unknownCustomers() == null ? defaultUnknownCustomers
                    : options.unknownCustomers();
            ImportRequest request = new ImportRequest(entityKind, options.strict(), mapping, unknownCustomers,
                    options.progress());
            ImportReport report = candidate.importer().importFile(file, request, repository);
            return record(report, candidate.id());
        } finally {
            candidates.forEach(Candidate::release);
        }
    }

    /** Writes the report of an import that failed as a whole, for the drop folder. */
    Path recordFailure(Path file, String message) throws IOException {
        return ImportRecords.writeFailure(recordPath(fileName(file), ".report.txt"), fileName(file), message);
    }

    List<String> mappingNames() {
        return mappings.names();
    }

    private ImportOutcome record(ImportReport report, String importer) {
        try {
            Path reportFile = ImportRecords.writeReport(recordPath(report.file(), ".report.txt"), report, importer);
            Path rejectsFile = ImportRecords.writeRejects(recordPath(report.file(), ".rejects.csv"), report);
            return new ImportOutcome(report, importer, reportFile, rejectsFile);
        } catch (IOException e) {
            // The import itself is stored; losing its record must not make it look failed.
            throw new UncheckedIOException("imported " + report.file() + " but could not write its report in "
                    + reportsDirectory + ": " + e.getMessage(), e);
        }
    }

    private Path recordPath(String file, String suffix) {
        return reportsDirectory.resolve(LocalDateTime.now(clock).format(STAMP) + "-" + file + suffix);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private Candidate importerFor(List<Candidate> candidates, Path file, String name) throws ImportException {
        String extension = extension(name);
        if (candidates.isEmpty()) {
            throw new ImportException(name + ": no installed importer reads ." + extension + " files (installed: ."
                    + String.join(", .", importers.extensions()) + ")");
        }
        for (Candidate candidate : candidates) {
            try {
                if (candidate.importer().accepts(file)) {
                    return candidate;
                }
            } catch (IOException e) {
                throw new ImportException(name + ": cannot be read: " + e.getMessage(), e);
            }
        }
        throw new ImportException(name + ": none of the importers of ." + extension + " files ("
                + String.join(", ", candidates.stream().map(Candidate::id).toList()) + ") reads this file");
    }

    private static EntityKind kindOf(Candidate candidate, Path file, String name) throws ImportException {
        Optional<EntityKind> fromContent;
        try {
            fromContent = candidate.importer().kindOf(file);
        } catch (IOException e) {
            throw new ImportException(name + ": cannot be read: " + e.getMessage(), e);
        }
        return fromContent.or(() -> EntityKind.fromFileName(name)).orElseThrow(() -> new ImportException(name
                + ": cannot tell what the file holds: put customers, orders, interactions or tags (客户, 订单, 互动, "
                + "标签) in its name, or give the kind"));
    }

    static String fileName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
