package io.tierbench.rest.internal;

import static io.tierbench.rest.internal.ProblemAssertions.assertBadField;
import static io.tierbench.rest.internal.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dry runs through {@code POST /preview}, answered by the {@link FakePreviewService}. */
class PreviewApiTest {

    private ApiServer server;
    private ApiServer.Client analyst;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        analyst = server.login("analyst");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void aPreviewAnswersTheMatricesMovesTagChangesAndNotes() throws Exception {
        ApiServer.Answer answer = analyst.post("/preview", Map.of("pid", "tierbench.classifier.rfm",
                "properties", Map.of("window.days", 180, "segments", List.of("A: 55", "B: 11"))));
        assertEquals(200, answer.status(), answer.body());
        JsonNode preview = answer.json();
        assertEquals(2, preview.get("baseRunId").asInt());
        assertEquals("2026-06-30", preview.get("asOf").asText());
        JsonNode matrix = preview.get("matrices").get(0);
        assertEquals("rfm", matrix.get("classifier").asText());
        assertEquals(2, matrix.get("from").asInt());
        assertEquals(0, matrix.get("to").asInt());
        assertEquals("lost", matrix.get("cells").get(1).get("from").asText());
        assertEquals("champions", matrix.get("cells").get(1).get("to").asText());
        assertEquals(1, matrix.get("cells").get(1).get("count").asInt());
        assertEquals(1, matrix.get("moved").asInt());
        JsonNode move = preview.get("moves").get(0);
        assertEquals("C2", move.get("customer").asText());
        assertEquals("lost", move.get("from").get("key").asText());
        assertEquals("champions", move.get("to").get("key").asText());
        assertEquals("C2", preview.get("tagChanges").get(0).get("gained").get(0).asText());
        assertEquals("evaluated as of 2026-06-30", preview.get("notes").get(0).asText());

        FakePreviewService service = (FakePreviewService) server.previews.get();
        assertEquals("180", service.last.properties().get("window.days"));
        assertEquals(List.of("A: 55", "B: 11"), List.of((String[]) service.last.properties().get("segments")));
        assertFalse(service.last.complete());
    }

    @Test
    void aWholePolicyIsPreviewedAsComplete() throws Exception {
        assertEquals(200, analyst.post("/preview", Map.of("pid", "tierbench.tiering", "complete", true,
                "properties", Map.of("rule.10", "true -> gold"))).status());
        assertTrue(((FakePreviewService) server.previews.get()).last.complete());
    }

    @Test
    void refusedChangesAre400NoRunIs409AndNoServiceIs503() throws Exception {
        assertBadField(analyst.post("/preview", Map.of("properties", Map.of())), "pid");
        assertBadField(analyst.post("/preview", Map.of("pid", "tierbench.nothing")), "pid");
        assertBadField(analyst.post("/preview", Map.of("pid", "tierbench.classifier.rfm",
                "properties", Map.of("window.days", -1))), "window.days");
        assertBadField(analyst.post("/preview", Map.of("pid", "tierbench.classifier.rfm", "complete", "yes")),
                "complete");
        assertBadField(analyst.post("/preview", Map.of("pid", "tierbench.classifier.rfm", "properties", "x")),
                "properties");
        assertProblem(analyst.post("/preview", Map.of("pid", "tierbench.classifier.norun")), 409, "conflict");
        server.previews.set(null);
        assertProblem(analyst.post("/preview", Map.of("pid", "tierbench.classifier.rfm")), 503, "unavailable");
    }

    @Test
    void aPreviewNeedsAnAnalystALoginAndTheCsrfToken() throws Exception {
        Map<String, Object> body = Map.of("pid", "tierbench.classifier.rfm");
        assertProblem(server.login("viewer").post("/preview", body), 403, "role");
        assertProblem(analyst.withoutCsrf().post("/preview", body), 403, "csrf");
        assertProblem(server.anonymous().post("/preview", body), 401, "unauthorized");
        assertEquals(200, server.login("admin").post("/preview", body).status());
    }
}
