package io.tierbench.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks that an answer is an RFC 9457 problem of a status and kind, naming a field for 400s. */
final class ProblemAssertions {

    private ProblemAssertions() {
    }

    static JsonNode assertProblem(ApiServer.Answer answer, int status, String type) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        JsonNode problem = answer.json();
        assertEquals(Problem.TYPE_BASE + type, problem.get("type").asText(), answer.body());
        assertEquals(status, problem.get("status").asInt());
        assertTrue(problem.get("title").asText().length() > 0);
        assertTrue(problem.get("detail").asText().length() > 0);
        assertTrue(problem.get("instance").asText().startsWith("/api/v1/"), answer.body());
        return problem;
    }

    static void assertBadField(ApiServer.Answer answer, String field) {
        JsonNode problem = assertProblem(answer, 400, "invalid-request");
        assertEquals(field, problem.get("errors").get(0).get("field").asText(), answer.body());
    }
}
