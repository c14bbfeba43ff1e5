package io.tierbench.rest.internal;

import static io.tierbench.rest.internal.ProblemAssertions.assertBadField;
import static io.tierbench.rest.internal.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs of the {@link ShopFixture} (run 1 as of 2026-03-31, run 2 as of 2026-06-30) and runs started by the API. */
class RunApiTest {

    private ApiServer server;
    private ApiServer.Client analyst;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer(Duration.ofSeconds(10));
        analyst = server.login("analyst");
    }

    @AfterEach
    void stop() throws Exception {
        server.engine.open();
        server.close();
    }

    @Test
    void listsTheRunsNewestFirstWithEachClassifiersPart() throws Exception {
        JsonNode runs = analyst.get("/runs").json();
        assertEquals(2, runs.get("total").asInt());
        assertEquals("2026-06-30", runs.get("items").get(0).get("asOf").asText());
        assertEquals("finished", runs.get("items").get(0).get("status").asText());
        assertEquals("365", runs.get("items").get(0).get("classifiers").get(0).get("configuration")
                .get("window.days").asText());
    }

    @Test
    void oneRunHasItsLabelDistribution() throws Exception {
        JsonNode run = analyst.get("/runs/2").json();
        assertEquals("finished", run.get("status").asText());
        JsonNode rfm = run.get("distribution").get(0);
        assertEquals("rfm", rfm.get("classifier").asText());
        assertEquals("champions", rfm.get("labels").get(0).get("label").get("key").asText());
        assertEquals(2, rfm.get("labels").get(0).get("customers").asInt());
        assertEquals(3, rfm.get("labels").size());
    }

    @Test
    void unknownOrMalformedRunIdsAre404And400() throws Exception {
        assertProblem(analyst.get("/runs/99"), 404, "not-found");
        assertBadField(analyst.get("/runs/abc"), "id");
        assertProblem(analyst.get("/runs/requests/nope"), 404, "not-found");
    }

    @Test
    void theMigrationMatrixCountsTheMovesBetweenTwoRuns() throws Exception {
        JsonNode matrix = analyst.get("/runs/1/migration/2?classifier=rfm&scheme=segment").json();
        assertEquals(1, matrix.get("moved").asInt(), matrix.toString());
        assertEquals(4, matrix.get("moves").size());
        for (JsonNode move : matrix.get("moves")) {
            String from = move.get("from").isNull() ? null : move.get("from").asText();
            String to = move.get("to").asText();
            assertEquals(1, move.get("customers").asInt());
            String expected = from == null ? "no-purchases" : Map.of("loyal-customers", "champions", "lost", "lost",
                    "champions", "champions").get(from);
            assertEquals(expected, to, move.toString());
        }
        assertBadField(analyst.get("/runs/1/migration/2?scheme=segment"), "classifier");
        assertBadField(analyst.get("/runs/1/migration/2?classifier=rfm"), "scheme");
        assertProblem(analyst.get("/runs/1/migration/7?classifier=rfm&scheme=segment"), 404, "not-found");
    }

    @Test
    void aBadAsOfDateIsA400NamingAsOf() throws Exception {
        assertBadField(analyst.post("/runs", Map.of("asOf", "2026-13-40")), "asOf");
        assertBadField(analyst.post("/runs", Map.of()), "asOf");
    }

    @Test
    void startingARunNeedsTheAnalystRoleAndTheCsrfToken() throws Exception {
        assertProblem(server.login("viewer").post("/runs", Map.of("asOf", "2026-06-30")), 403, "role");
        assertProblem(analyst.withoutCsrf().post("/runs", Map.of("asOf", "2026-06-30")), 403, "csrf");
    }

    @Test
    void aStartedRunIsAnswered202AsRunningAndFinishesInTheBackground() throws Exception {
        server.engine.mayStart.countDown();
        ApiServer.Answer started = analyst.post("/runs", Map.of("asOf", "2026-07-31"));
        assertEquals(202, started.status(), started.body());
        assertEquals(3, started.json().get("id").asInt());
        assertEquals("running", started.json().get("status").asText());
        assertEquals("2026-07-31", started.json().get("asOf").asText());
        assertEquals(0, started.json().get("progress").get("classifiersDone").asInt());
        assertEquals(1, started.json().get("progress").get("classifiersInstalled").asInt());
        assertTrue(started.response().headers().firstValue("Location").orElseThrow().endsWith("/api/v1/runs/3"));
        assertEquals("running", analyst.get("/runs/3").json().get("status").asText());

        server.engine.mayFinish.countDown();
        JsonNode run = pollUntilFinished("/runs/3");
        assertEquals("tier", run.get("distribution").get(0).get("classifier").asText());
        assertEquals(4, run.get("distribution").get(0).get("labels").get(0).get("customers").asInt());
    }

    @Test
    void aRunTheEngineHasNotStartedYetIsAnswered202AsAQueuedRequest() throws Exception {
        server.engine.open();
        server.close();
        server = new ApiServer(Duration.ofMillis(200));
        analyst = server.login("analyst");
        ApiServer.Answer queued = analyst.post("/runs", Map.of("asOf", "2026-08-31"));
        assertEquals(202, queued.status(), queued.body());
        assertEquals("queued", queued.json().get("status").asText());
        String location = queued.response().headers().firstValue("Location").orElseThrow();
        String requestPath = location.substring(location.indexOf("/runs/requests/"));
        assertEquals("queued", analyst.get(requestPath).json().get("status").asText());

        server.engine.open();
        JsonNode request = pollUntilFinished(requestPath);
        assertEquals(3, request.get("runId").asInt());
        assertEquals("analyst", request.get("requestedBy").asText());
    }

    private JsonNode pollUntilFinished(String path) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode answer = analyst.get(path).json();
            if (answer.get("status").asText().equals("finished")) {
                return answer;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError(path + " did not finish within 20 s");
    }
}
