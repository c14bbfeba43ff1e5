package io.tierbench.rest.internal;

import static io.tierbench.rest.internal.ProblemAssertions.assertBadField;
import static io.tierbench.rest.internal.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportApiTest {

    private static ApiServer server;
    private static ApiServer.Client analyst;

    @BeforeAll
    static void start() throws Exception {
        server = new ApiServer();
        analyst = server.login("analyst");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aReportOfTheLatestRunIsWrittenAndDownloaded() throws Exception {
        ApiServer.Answer created = analyst.post("/reports", Map.of("generator", "tiers"));
        assertEquals(201, created.status(), created.body());
        JsonNode report = created.json();
        assertEquals(2, report.get("run").asInt());
        assertEquals("csv", report.get("format").asText());
        ApiServer.Answer download = analyst.get("/reports/" + report.get("id").asText());
        assertEquals(200, download.status());
        assertTrue(download.contentType().startsWith("text/csv"));
        assertTrue(download.response().headers().firstValue("Content-Disposition").orElseThrow()
                .contains("tierbench-run-2-table.csv"));
        assertEquals("customer,phone,tier\nC1,13812345678,gold\nC2,13900001111,regular\nC3,0571-88776655,gold\n"
                + "C4,null,regular\n", download.body());
    }

    @Test
    void aMaskedReportOfAGivenRun() throws Exception {
        ApiServer.Answer created = analyst.post("/reports", Map.of("generator", "tiers", "run", 1, "mask", true));
        assertEquals(201, created.status(), created.body());
        String body = analyst.get("/reports/" + created.json().get("id").asText()).body();
        assertEquals("customer,phone,tier\nC1,138****5678,silver\nC2,139****1111,regular\nC3,0571-****6655,gold\n",
                body);
    }

    @Test
    void reportErrorsAreProblems() throws Exception {
        assertBadField(analyst.post("/reports", Map.of()), "generator");
        assertBadField(analyst.post("/reports", Map.of("generator", "pdf")), "generator");
        assertBadField(analyst.post("/reports", Map.of("generator", "tiers", "run", 9)), "run");
        assertBadField(analyst.post("/reports", Map.of("generator", "tiers", "content", "everything")), "content");
        assertBadField(analyst.post("/reports", Map.of("generator", "tiers", "lang", "fr")), "lang");
        assertProblem(analyst.get("/reports/nope"), 404, "not-found");
        assertProblem(server.login("viewer").post("/reports", Map.of("generator", "tiers")), 403, "role");
    }
}
