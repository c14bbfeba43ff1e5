package io.tierbench.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tierbench.api.repository.MigrationMatrix;
import io.tierbench.api.tiering.ConfigurationChange;
import io.tierbench.api.tiering.CustomerMove;
import io.tierbench.api.tiering.Preview;
import io.tierbench.api.tiering.PreviewService;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code POST /preview}: a dry run of a configuration change against the latest run, nothing stored — how labels
 * and tiers would move, who would move, which rule tags would change hands.
 */
final class PreviewResource {

    private final Supplier<PreviewService> previews;

    /** @param previews the preview service, {@code null} inside while none is installed */
    PreviewResource(Supplier<PreviewService> previews) {
        this.previews = previews;
    }

    void preview(ApiExchange exchange) throws IOException {
        ObjectNode body = exchange.jsonBody();
        String pid = ApiExchange.text(body, "pid");
        if (pid == null) {
            throw Problem.badRequest("pid", "required, e.g. \"tierbench.classifier.rfm\" or \"tierbench.tiering\"");
        }
        Map<String, Object> properties = properties(body.get("properties"));
        JsonNode complete = body.get("complete");
        if (complete != null && !complete.isNull() && !complete.isBoolean()) {
            throw Problem.badRequest("complete", "expected true or false");
        }
        PreviewService service = previews.get();
        if (service == null) {
            throw Problem.unavailable("no preview service is installed (feature tierbench-engine)");
        }
        Preview preview;
        try {
            preview = service.preview(new ConfigurationChange(pid, properties, complete != null
                    && complete.asBoolean()));
        } catch (IllegalArgumentException e) {
            List<String> fields = new ArrayList<>(properties.keySet());
            String field = SettingChecks.fieldOf(e.getMessage(), fields,
                    e.getMessage() != null && e.getMessage().contains(pid) ? "pid" : "properties");
            throw Problem.invalid(e.getMessage(), List.of(new Problem.FieldError(field, e.getMessage())));
        } catch (IllegalStateException e) {
            throw Problem.conflict(e.getMessage());
        }
        exchange.respond(200, json(preview));
    }

    /** @return the properties as a {@code .cfg} file holds them: text, or arrays of text */
    private static Map<String, Object> properties(JsonNode node) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return properties;
        }
        if (!node.isObject()) {
            throw Problem.badRequest("properties", "expected an object of key: value");
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            JsonNode value = entry.getValue();
            if (value.isValueNode() && !value.isNull()) {
                properties.put(entry.getKey(), value.asText());
            } else if (value.isArray()) {
                List<String> entries = new ArrayList<>();
                value.forEach(element -> entries.add(element.asText()));
                properties.put(entry.getKey(), entries.toArray(String[]::new));
            } else {
                throw Problem.badRequest(entry.getKey(), "expected text, a number, true or false, or an array");
            }
        }
        return properties;
    }

    static Map<String, Object> json(Preview preview) {
        List<Map<String, Object>> matrices = preview.matrices().stream().map(PreviewResource::matrix).toList();
        List<Map<String, Object>> moves = preview.moves().stream().map(PreviewResource::move).toList();
        List<Map<String, Object>> tagChanges = preview.tagChanges().stream().map(change -> Json.object(
                "tag", change.tag(), "gained", change.gained(), "lost", change.lost())).toList();
        return Json.object("baseRunId", preview.baseRunId(), "asOf", preview.asOf(),
                "pid", preview.change().pid(), "complete", preview.change().complete(), "matrices", matrices,
                "moves", moves, "tagChanges", tagChanges, "notes", preview.notes());
    }

    private static Map<String, Object> matrix(MigrationMatrix matrix) {
        return Json.object("classifier", matrix.classifierId(), "scheme", matrix.scheme(),
                "from", matrix.fromRunId(), "to", matrix.toRunId(),
                "labels", matrix.labels().stream().map(Json::label).toList(),
                "cells", matrix.moves().stream().map(move -> Json.object("from", move.fromLabel(),
                        "to", move.toLabel(), "count", move.customers())).toList(),
                "moved", matrix.moved());
    }

    private static Map<String, Object> move(CustomerMove move) {
        return Json.object("customer", move.customerId(), "name", move.name(), "classifier", move.classifierId(),
                "scheme", move.scheme(), "from", Json.label(move.from()), "to", Json.label(move.to()));
    }
}
