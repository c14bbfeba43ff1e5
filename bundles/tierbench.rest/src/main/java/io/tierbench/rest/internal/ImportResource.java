package io.tierbench.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportOptions;
import io.tierbench.api.importer.ImportOutcome;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportService;
import io.tierbench.api.importer.RowError;
import io.tierbench.api.importer.UnknownCustomers;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.servlet.ServletException;
import javax.servlet.http.Part;

/**
 * Imports in two steps: {@code POST /imports} uploads a file and answers a preview (importer, kind, the first rows
 * as records, what the import would do), {@code POST /imports/{id}/commit} imports it through the import service;
 * {@code GET /imports/{id}} shows either, with every rejected row once committed.
 */
final class ImportResource {

    private final ImportStore store;
    private final ImportPreviewer previewer;
    private final Supplier<ImportService> importService;
    private final Clock clock;

    ImportResource(ImportStore store, ImportPreviewer previewer, Supplier<ImportService> importService, Clock clock) {
        this.store = store;
        this.previewer = previewer;
        this.importService = importService;
        this.clock = clock;
    }

    void upload(ApiExchange exchange) throws IOException {
        EntityKind kind = kind(exchange.query("kind"), "kind");
        ImportStore.Upload upload;
        String contentType = exchange.request().getContentType();
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            Part part = filePart(exchange);
            try (InputStream in = part.getInputStream()) {
                upload = store.store(fileName(part.getSubmittedFileName()), in, clock.instant(),
                        exchange.user().name());
            }
        } else {
            String name = exchange.query("fileName");
            if (name == null) {
                throw Problem.badRequest("fileName", "required when the file is sent as the body; or send "
                        + "multipart/form-data with a part named file");
            }
            try (InputStream in = exchange.request().getInputStream()) {
                upload = store.store(fileName(name), in, clock.instant(), exchange.user().name());
            }
        }
        try {
            upload.preview(ImportPreviewer.json(previewer.preview(upload.file(), upload.fileName(), kind)));
        } catch (RuntimeException e) {
            store.discard(upload);
            throw e;
        }
        exchange.respondCreated("/imports/" + upload.id(), json(exchange, upload));
    }

    void commit(ApiExchange exchange) throws IOException {
        ImportStore.Upload upload = find(exchange);
        ObjectNode body = exchange.jsonBody();
        if (upload.outcome() != null) {
            throw Problem.conflict("import " + upload.id() + " was committed already");
        }
        ImportService service = importService.get();
        if (service == null) {
            throw Problem.unavailable("no import service is installed");
        }
        EntityKind kind = kind(ApiExchange.text(body, "kind"), "kind");
        JsonNode strict = body.get("strict");
        if (strict != null && !strict.isBoolean()) {
            throw Problem.badRequest("strict", "expected true or false");
        }
        UnknownCustomers unknown = unknownCustomers(ApiExchange.text(body, "unknownCustomers"));
        ImportOptions options = new ImportOptions(strict != null && strict.asBoolean(),
                ApiExchange.text(body, "mapping"), unknown, null);
        ImportOutcome outcome;
        try {
            outcome = service.importFile(upload.file(), kind, options);
        } catch (ImportException e) {
            throw new Problem(422, "import-failed", "File cannot be imported", e.getMessage(),
                    List.of(new Problem.FieldError("file", e.getMessage())));
        }
        if (!upload.markCommitted(outcome)) {
            throw Problem.conflict("import " + upload.id() + " was committed already");
        }
        exchange.respond(200, json(exchange, upload));
    }

    void get(ApiExchange exchange) throws IOException {
        exchange.respond(200, json(exchange, find(exchange)));
    }

    private ImportStore.Upload find(ApiExchange exchange) {
        String id = exchange.path("id");
        return store.find(id).orElseThrow(() -> Problem.notFound("no import with id '" + id + "'"));
    }

    private static Map<String, Object> json(ApiExchange exchange, ImportStore.Upload upload) {
        ImportOutcome outcome = upload.outcome();
        return Json.object("id", upload.id(), "file", upload.fileName(), "size", upload.size(),
                "status", outcome == null ? "previewed" : "committed", "uploadedAt", upload.uploadedAt(),
                "uploadedBy", upload.uploadedBy(), "preview", upload.preview(),
                "report", outcome == null ? null : report(outcome),
                "links", Json.object("self", exchange.link("/imports/" + upload.id()),
                        "commit", exchange.link("/imports/" + upload.id() + "/commit")));
    }

    private static Map<String, Object> report(ImportOutcome outcome) {
        ImportReport report = outcome.report();
        return Json.object("importer", outcome.importer(), "kind", report.kind().name().toLowerCase(Locale.ROOT),
                "committed", report.committed(), "rows", report.rows(), "inserted", report.inserted(),
                "updated", report.updated(), "unchanged", report.unchanged(), "rejected", report.rejected(),
                "customersCreated", report.customersCreated(), "rejectedRows", rowErrors(report.errors()));
    }

    static List<Map<String, Object>> rowErrors(List<RowError> errors) {
        return errors.stream().map(error -> Json.object("row", error.row(), "column", error.column(),
                "value", error.value(), "reason", error.reason())).toList();
    }

    private static Part filePart(ApiExchange exchange) throws IOException {
        try {
            Part part = exchange.request().getPart("file");
            if (part == null || part.getSubmittedFileName() == null) {
                throw Problem.badRequest("file", "the multipart body has no file part named file");
            }
            return part;
        } catch (ServletException | IllegalStateException e) {
            throw Problem.badRequest("file", "cannot read the multipart body: " + e.getMessage());
        }
    }

    /**
     * @return the name without any folder, with only letters, digits, dots, dashes, underscores and spaces
     * @throws Problem 400 naming {@code fileName} when nothing of it is left or it has no ending
     */
    static String fileName(String submitted) {
        String name = submitted == null ? "" : submitted.substring(Math.max(submitted.lastIndexOf('/'),
                submitted.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().forEach(c -> clean.appendCodePoint(Character.isLetterOrDigit(c) || c == '.' || c == '-'
                || c == '_' || c == ' ' ? c : '_'));
        String result = clean.toString().strip();
        while (result.startsWith(".")) {
            result = result.substring(1);
        }
        if (result.isEmpty() || result.length() > 200 || ImportPreviewer.extension(result).isEmpty()) {
            throw Problem.badRequest("fileName", "expected a file name with an ending such as .csv, got '"
                    + submitted + "'");
        }
        return result;
    }

    private static EntityKind kind(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return EntityKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(field, "expected customers, orders, interactions or tags, got '" + value + "'");
        }
    }

    private static UnknownCustomers unknownCustomers(String value) {
        if (value == null) {
            return null;
        }
        try {
            return UnknownCustomers.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("unknownCustomers", "expected reject or create, got '" + value + "'");
        }
    }
}
