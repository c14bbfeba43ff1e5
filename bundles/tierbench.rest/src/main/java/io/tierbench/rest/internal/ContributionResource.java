package io.tierbench.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tierbench.api.workbench.WorkbenchCommand;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What plugins contribute to the workbench: {@code GET /views}, {@code GET /columns}, {@code GET /commands}, and
 * {@code POST /commands/{id}}, which runs a command on selected customers once the user's role allows it.
 */
final class ContributionResource {

    /** Where the views' files are served, outside {@code /api/v1}: see {@link ViewFiles}. */
    static final String VIEWS_PATH = "/workbench/views/";

    private final Contributions contributions;

    ContributionResource(Contributions contributions) {
        this.contributions = contributions;
    }

    void views(ApiExchange exchange) throws IOException {
        List<Map<String, Object>> views = contributions.views().stream()
                .sorted(Comparator.comparing(Contributions.ViewDescriptor::placement)
                        .thenComparingInt(Contributions.ViewDescriptor::order)
                        .thenComparing(Contributions.ViewDescriptor::id))
                .map(view -> Json.object("id", view.id(), "titleEn", view.titleEn(), "titleZh", view.titleZh(),
                        "placement", view.placement(), "module", VIEWS_PATH + view.id() + "/" + view.module(),
                        "icon", view.icon(), "order", view.order(), "classifier", view.classifier()))
                .toList();
        exchange.respond(200, views);
    }

    void columns(ApiExchange exchange) throws IOException {
        exchange.respond(200, contributions.columns().stream()
                .sorted(Comparator.comparing(Contributions.ColumnDescriptor::id))
                .map(column -> Json.object("id", column.id(), "titleEn", column.titleEn(), "titleZh",
                        column.titleZh(), "personal", column.personal()))
                .toList());
    }

    void commands(ApiExchange exchange) throws IOException {
        exchange.respond(200, contributions.commands().stream()
                .sorted(Comparator.comparing(Contributions.CommandDescriptor::id))
                .map(command -> Json.object("id", command.id(), "titleEn", command.titleEn(),
                        "titleZh", command.titleZh(), "role", command.role().key(),
                        "parameters", command.parameters().stream().map(parameter -> Json.object(
                                "name", parameter.name(), "labelEn", parameter.labelEn(),
                                "labelZh", parameter.labelZh())).toList()))
                .toList());
    }

    void run(ApiExchange exchange) throws IOException {
        String id = exchange.path("id");
        String message;
        try (Contributions.Contribution<Contributions.CommandDescriptor, WorkbenchCommand> command = contributions
                .command(id).orElseThrow(() -> Problem.notFound("no command with id '" + id + "'"))) {
            Role required = command.descriptor().role();
            AuthenticatedUser user = exchange.user();
            if (!user.may(required)) {
                throw Problem.forbidden("role", "the command " + id + " needs the role " + required.key()
                        + "; user '" + user.name() + "' has " + user.roles().stream().map(Role::key).sorted()
                        .toList());
            }
            ObjectNode body = exchange.jsonBody();
            List<String> customerIds = customerIds(body.get("customerIds"));
            Map<String, String> parameters = parameters(body.get("parameters"));
            try {
                message = command.service().run(customerIds, parameters, user.name());
            } catch (IllegalArgumentException e) {
                throw new Problem(400, "command-rejected", "Command rejected", e.getMessage(), List.of());
            }
        }
        // Answered once the command is given back: the client may act on the answer at once.
        exchange.respond(200, Json.object("message", message));
    }

    private static List<String> customerIds(JsonNode node) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw Problem.badRequest("customerIds", "required: an array of at least one customer id");
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isTextual() || element.asText().isBlank()) {
                throw Problem.badRequest("customerIds", "expected customer ids as text, got " + element);
            }
            ids.add(element.asText().strip());
        }
        return ids;
    }

    private static Map<String, String> parameters(JsonNode node) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return parameters;
        }
        if (!node.isObject()) {
            throw Problem.badRequest("parameters", "expected an object of name: value");
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            JsonNode value = entry.getValue();
            if (!value.isValueNode()) {
                throw Problem.badRequest("parameters." + entry.getKey(), "expected text");
            }
            if (!value.isNull()) {
                parameters.put(entry.getKey(), value.asText());
            }
        }
        return parameters;
    }
}
