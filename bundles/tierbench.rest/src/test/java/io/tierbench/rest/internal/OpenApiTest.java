package io.tierbench.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the OpenAPI description against the real endpoints: every documented operation answers (not an unknown
 * route, not 405) with a status it documents, and every route of the API is documented.
 */
class OpenApiTest {

    private static ApiServer server;
    private static JsonNode document;
    private static Map<String, String> examples;
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final String VIEW_FILES = "/workbench/views/{id}/{path}";

    @BeforeAll
    static void start() throws Exception {
        server = new ApiServer();
        server.engine.open();
        ApiServer.Answer answer = server.anonymous().get("/openapi.json");
        assertEquals(200, answer.status());
        document = answer.json();
        ApiServer.Client analyst = server.login("analyst");
        String importId = analyst.postBytes("/imports?fileName=customers.csv", "text/csv",
                "id,name,phone\nC7,Seven,1\n".getBytes(StandardCharsets.UTF_8)).json().get("id").asText();
        String reportId = analyst.post("/reports", Map.of("generator", "tiers")).json().get("id").asText();
        examples = Map.ofEntries(Map.entry("/customers/{id}", "/customers/C1"), Map.entry("/runs/{id}", "/runs/1"),
                Map.entry("/runs/{from}/migration/{to}", "/runs/1/migration/2?classifier=rfm&scheme=segment"),
                Map.entry("/runs/requests/{id}", "/runs/requests/unknown"),
                Map.entry("/imports/{id}", "/imports/" + importId),
                Map.entry("/imports/{id}/commit", "/imports/" + importId + "/commit"),
                Map.entry("/reports/{id}", "/reports/" + reportId),
                Map.entry("/commands/{id}", "/commands/tag"),
                Map.entry("/runs/{run}/labels", "/runs/latest/labels?classifier=rfm&scheme=segment"),
                Map.entry("/runs/{run}/crosstab", "/runs/2/crosstab?classifier=rfm&scheme=segment&x=score&y=score"),
                Map.entry("/runs/{run}/scores", "/runs/2/scores?classifier=rfm&scheme=segment&score=score"),
                Map.entry("/classifiers/{id}/configuration", "/classifiers/rfm/configuration"),
                Map.entry("/plugins/{bundleId}", "/plugins/12"),
                Map.entry("/workbench/views/{id}/{path}", "/workbench/views/test-card/card.js"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void theDocumentIsOpenApi31WithProblemDetails() {
        assertEquals("3.1.0", document.get("openapi").asText());
        JsonNode problem = document.get("components").get("schemas").get("Problem");
        assertEquals(Set.of("type", "title", "status", "detail", "instance"), strings(problem.get("required")));
    }

    @Test
    void everyDocumentedOperationAnswersWithADocumentedStatus() throws Exception {
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext();) {
                Map.Entry<String, JsonNode> operation = operations.next();
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String method = operation.getKey().toUpperCase();
                String uri = examples.getOrDefault(path.getKey(), path.getKey());
                ApiServer.Answer answer = call(method, uri);
                String where = method + " " + uri + " -> " + answer.status() + " " + answer.body();
                assertNotEquals(405, answer.status(), where);
                assertFalse(answer.status() == 404 && answer.json() != null
                        && answer.json().get("type").asText().endsWith("/no-route"), where);
                assertTrue(operation.getValue().get("responses").has(String.valueOf(answer.status())),
                        "undocumented status: " + where);
            }
        }
    }

    @Test
    void everyRouteIsDocumentedAndNothingElse() {
        Set<String> routed = new TreeSet<>();
        server.api.routes().forEach(route -> routed.add(route.method() + " " + route.template()));
        routed.add("GET " + VIEW_FILES);
        Set<String> documented = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> {
                    if (METHODS.contains(method)) {
                        documented.add(method.toUpperCase() + " " + path.getKey());
                    }
                }));
        assertEquals(routed, documented);
    }

    /** The views' files are served outside /api/v1: their path says so with a server of its own. */
    @Test
    void theViewFilesPathHasTheRootAsItsServer() {
        JsonNode path = document.get("paths").get(VIEW_FILES);
        assertEquals("/", path.get("servers").get(0).get("url").asText());
        document.get("paths").fields().forEachRemaining(other -> assertEquals(other.getKey().equals(VIEW_FILES),
                other.getValue().has("servers"), other.getKey()));
    }

    private static ApiServer.Answer call(String method, String uri) throws Exception {
        ApiServer.Client admin = server.login("admin");
        return switch (method) {
            case "GET" -> admin.get(uri);
            case "DELETE" -> admin.delete(uri);
            case "POST" -> uri.equals("/session") ? server.anonymous().post(uri, Map.of("username", "viewer",
                    "password", "viewer-pw")) : admin.post(uri, Map.of());
            case "PUT" -> admin.put(uri, Map.of());
            default -> admin.send(method, uri);
        };
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
