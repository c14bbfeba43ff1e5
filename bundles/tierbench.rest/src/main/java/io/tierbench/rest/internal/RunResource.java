package io.tierbench.rest.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tierbench.api.engine.ClassificationService;
import io.tierbench.api.model.Label;
import io.tierbench.api.repository.MigrationMatrix;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.api.repository.RunRepository;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Runs: the list, one run with its progress and label distribution, starting a run, the request behind a started
 * run, and the migration matrix between two runs.
 */
final class RunResource {

    private final RunRepository runs;
    private final Supplier<ClassificationService> engine;
    private final RunLauncher launcher;
    private final IntSupplier installedClassifiers;
    private final Duration startWait;

    /**
     * @param engine the classification service, {@code null} inside while none is installed
     * @param installedClassifiers how many classifiers are installed now, for a running run's progress
     * @param startWait how long {@code POST /runs} waits for the engine to store the new run
     */
    RunResource(RunRepository runs, Supplier<ClassificationService> engine, RunLauncher launcher,
            IntSupplier installedClassifiers, Duration startWait) {
        this.runs = runs;
        this.engine = engine;
        this.launcher = launcher;
        this.installedClassifiers = installedClassifiers;
        this.startWait = startWait;
    }

    void list(ApiExchange exchange) throws IOException {
        List<Map<String, Object>> items = runs.runs().stream().map(RunJson::summary).toList();
        exchange.respond(200, Json.object("items", items, "total", items.size()));
    }

    void get(ApiExchange exchange) throws IOException {
        exchange.respond(200, detail(run(exchange, "id")));
    }

    void start(ApiExchange exchange) throws IOException {
        ObjectNode body = exchange.jsonBody();
        String asOfText = ApiExchange.text(body, "asOf");
        if (asOfText == null) {
            throw Problem.badRequest("asOf", "required, e.g. \"2026-06-30\"");
        }
        LocalDate asOf = ApiExchange.date("asOf", asOfText);
        ClassificationService service = engine.get();
        if (service == null) {
            throw Problem.unavailable("no classification engine is installed");
        }
        RunLauncher.Request request = launcher.start(service, asOf, exchange.user().name());
        Optional<Long> runId = launcher.awaitRun(request, startWait);
        if (runId.isPresent()) {
            RunInfo run = runs.run(runId.get()).orElseThrow();
            Map<String, Object> answer = detail(run);
            answer.put("request", requestJson(exchange, request));
            exchange.respondAccepted("/runs/" + run.runId(), answer);
        } else if (request.failure() != null) {
            throw new Problem(500, "run-failed", "Run failed", "the run as of " + asOf + " failed: "
                    + request.failure(), List.of());
        } else {
            exchange.respondAccepted("/runs/requests/" + request.id(), Json.object("status", request.status(),
                    "asOf", asOf, "request", requestJson(exchange, request)));
        }
    }

    void request(ApiExchange exchange) throws IOException {
        String id = exchange.path("id");
        RunLauncher.Request request = launcher.request(id)
                .orElseThrow(() -> Problem.notFound("no run request with id '" + id + "'"));
        exchange.respond(200, requestJson(exchange, request));
    }

    void migration(ApiExchange exchange) throws IOException {
        RunInfo from = run(exchange, "from");
        RunInfo to = run(exchange, "to");
        String classifier = exchange.requiredQuery("classifier");
        String scheme = exchange.requiredQuery("scheme");
        MigrationMatrix matrix = runs.migration(from.runId(), to.runId(), classifier, scheme);
        List<Map<String, Object>> labels = new ArrayList<>();
        for (Label label : matrix.labels()) {
            labels.add(Json.label(label));
        }
        List<Map<String, Object>> moves = matrix.moves().stream().map(move -> Json.object("from", move.fromLabel(),
                "to", move.toLabel(), "customers", move.customers())).toList();
        exchange.respond(200, Json.object("from", RunJson.reference(from), "to", RunJson.reference(to),
                "classifier", classifier, "scheme", scheme, "labels", labels, "moves", moves,
                "moved", matrix.moved()));
    }

    private Map<String, Object> detail(RunInfo run) {
        Map<String, Object> detail = RunJson.summary(run);
        if (run.finishedAt() == null) {
            detail.put("progress", Json.object("classifiersDone", run.classifiers().size(),
                    "classifiersInstalled", installedClassifiers.getAsInt()));
        }
        detail.put("distribution", RunJson.distribution(runs.labelDistribution(run.runId())));
        return detail;
    }

    private RunInfo run(ApiExchange exchange, String parameter) {
        long id = exchange.pathId(parameter);
        return runs.run(id).orElseThrow(() -> Problem.notFound("no run with id " + id));
    }

    private static Map<String, Object> requestJson(ApiExchange exchange, RunLauncher.Request request) {
        Long runId = request.runId();
        return Json.object("id", request.id(), "status", request.status(), "asOf", request.asOf(),
                "requestedBy", request.user(), "runId", runId, "failure", request.failure(),
                "links", Json.object("self", exchange.link("/runs/requests/" + request.id()),
                        "run", runId == null ? null : exchange.link("/runs/" + runId)));
    }
}
