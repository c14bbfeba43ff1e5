package io.tierbench.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tierbench.api.report.ReportContent;
import io.tierbench.api.report.ReportGenerator;
import io.tierbench.api.report.ReportRequest;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.api.repository.RunRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code POST /reports} writes a report of a run with an installed report generator, {@code GET /reports/{id}}
 * downloads it. Reports are files under the reports folder; the API remembers them until it restarts.
 */
final class ReportResource {

    private static final Map<String, String> MEDIA_TYPES = Map.of("csv", "text/csv; charset=UTF-8",
            "json", "application/json", "html", "text/html; charset=UTF-8",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** A written report. */
    record Written(String id, String generator, String format, long runId, ReportContent content, String language,
            boolean masked, Path file, Instant createdAt, String createdBy) {
    }

    private final Plugins plugins;
    private final CustomerRepository customers;
    private final RunRepository runs;
    private final Path folder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Written> reports = new ConcurrentHashMap<>();

    ReportResource(Plugins plugins, CustomerRepository customers, RunRepository runs, Path folder, Clock clock) {
        this.plugins = plugins;
        this.customers = customers;
        this.runs = runs;
        this.folder = folder;
        this.clock = clock;
    }

    void create(ApiExchange exchange) throws IOException {
        ObjectNode body = exchange.jsonBody();
        String generatorId = ApiExchange.text(body, "generator");
        if (generatorId == null || !generatorId.matches("[A-Za-z0-9._-]+")) {
            throw Problem.badRequest("generator", "required: one of " + plugins.reportGeneratorIds());
        }
        RunInfo run = run(body);
        ReportContent content = content(ApiExchange.text(body, "content"));
        String language = language(ApiExchange.text(body, "lang"));
        boolean masked = bool(body, "mask") || exchange.user().seesMaskedData();
        Optional<Plugins.Held<ReportGenerator>> held = plugins.reportGenerator(generatorId);
        if (held.isEmpty()) {
            throw Problem.badRequest("generator", "no report generator '" + generatorId + "' is installed; "
                    + "installed: " + plugins.reportGeneratorIds());
        }
        try (Plugins.Held<ReportGenerator> generator = held.get()) {
            String format = generator.properties().getOrDefault("format", "bin");
            String id = HexFormat.of().formatHex(randomBytes());
            Path file = folder.resolve(id + "." + format.replaceAll("[^A-Za-z0-9]", ""));
            Files.createDirectories(folder);
            generator.service().generate(new ReportRequest(run.runId(), content, language, masked, customers, runs),
                    file);
            Written written = new Written(id, generatorId, format, run.runId(), content, language, masked, file,
                    clock.instant(), exchange.user().name());
            reports.put(id, written);
            exchange.respondCreated("/reports/" + id, json(exchange, written));
        }
    }

    void download(ApiExchange exchange) throws IOException {
        String id = exchange.path("id");
        Written written = reports.get(id);
        if (written == null || !Files.isRegularFile(written.file())) {
            throw Problem.notFound("no report with id '" + id + "'");
        }
        exchange.response().setStatus(200);
        exchange.response().setContentType(MEDIA_TYPES.getOrDefault(written.format(), "application/octet-stream"));
        exchange.response().setHeader("Content-Disposition", "attachment; filename=\"tierbench-run-"
                + written.runId() + "-" + written.content().key() + "." + written.format() + "\"");
        exchange.response().setContentLengthLong(Files.size(written.file()));
        Files.copy(written.file(), exchange.response().getOutputStream());
    }

    private RunInfo run(ObjectNode body) {
        JsonNode node = body.get("run");
        if (node == null || node.isNull()) {
            return runs.latestRun().orElseThrow(() -> Problem.conflict("no finished run to report on yet"));
        }
        if (!node.canConvertToLong() || node.asLong() <= 0) {
            throw Problem.badRequest("run", "expected a run id");
        }
        return runs.run(node.asLong()).orElseThrow(() -> Problem.badRequest("run", "no run with id "
                + node.asLong()));
    }

    private static ReportContent content(String key) {
        try {
            return key == null ? ReportContent.CLASSIFICATION_TABLE : ReportContent.fromKey(key);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("content", e.getMessage());
        }
    }

    private static String language(String language) {
        if (language == null || language.equals("en") || language.equals("zh")) {
            return language == null ? "en" : language;
        }
        throw Problem.badRequest("lang", "expected en or zh, got '" + language + "'");
    }

    private static boolean bool(ObjectNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw Problem.badRequest(field, "expected true or false");
        }
        return node.asBoolean();
    }

    private static Map<String, Object> json(ApiExchange exchange, Written written) throws IOException {
        return Json.object("id", written.id(), "generator", written.generator(), "format", written.format(),
                "run", written.runId(), "content", written.content().key(), "lang", written.language(),
                "masked", written.masked(), "size", Files.size(written.file()), "createdAt", written.createdAt(),
                "createdBy", written.createdBy(), "links", Json.object("download",
                        exchange.link("/reports/" + written.id())));
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return bytes;
    }
}
