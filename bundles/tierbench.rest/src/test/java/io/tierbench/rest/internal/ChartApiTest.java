package io.tierbench.rest.internal;

import static io.tierbench.rest.internal.ProblemAssertions.assertBadField;
import static io.tierbench.rest.internal.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.tierbench.api.classifier.Classification;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.LabelCount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard cards' data from a run built by hand on top of the {@link ShopFixture}: run 3, as of 2026-07-31,
 *
 * <pre>
 * customer  rfm/segment             (r_score, fm_score)  rfm/value (5, 5 for all)  abc/class (revenue)
 * C1        champions               (5, 4)               important-value           a (300.00)
 * C2        lost                    (1, 1)               general-winback           c (50.00)
 * C3        champions               (5.0, 4)             important-value           a (1000.00)
 * C4        no-purchases            (1.5, 1): left out   general-winback           c (no revenue)
 * </pre>
 * So the grid has the cells (1, 1) = 1 and (5, 4) = 2 with one customer left out, and ABC's revenues are 1000.00,
 * 300.00, 50.00. Every rfm classification also has a score {@code revenue} = 1, which the ABC curve must not take.
 */
class ChartApiTest {

    private static ApiServer server;
    private static ApiServer.Client viewer;
    private static long run;

    @BeforeAll
    static void start() throws Exception {
        server = new ApiServer();
        viewer = server.login("viewer");
        run = server.shop.runs.startRun(LocalDate.of(2026, 7, 31));
        List<Classification> rfm = new ArrayList<>();
        rfm.add(rfm("C1", "segment", "champions", "5", "4"));
        rfm.add(rfm("C2", "segment", "lost", "1", "1"));
        rfm.add(rfm("C3", "segment", "champions", "5.0", "4"));
        rfm.add(rfm("C4", "segment", "no-purchases", "1.5", "1"));
        for (String customer : List.of("C1", "C2", "C3", "C4")) {
            rfm.add(rfm(customer, "value", customer.equals("C1") || customer.equals("C3") ? "important-value"
                    : "general-winback", "5", "5"));
        }
        server.shop.runs.saveResults(run, new ClassifierInfo("rfm", "RFM", "1.0.0", Map.of()), "rfm", rfm);
        server.shop.runs.saveResults(run, new ClassifierInfo("abc", "ABC", "1.0.0", Map.of()), "abc", List.of(
                abc("C1", "a", "300.00"), abc("C2", "c", "50.00"), abc("C3", "a", "1000.00"), abc("C4", "c", null)));
        server.shop.runs.finishRun(run);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void labelsCountTheCustomersOfOneSchemeInTheRepositorysOrder() throws Exception {
        JsonNode answer = ok(viewer.get("/runs/" + run + "/labels?classifier=rfm&scheme=segment"));
        assertEquals(run, answer.get("runId").asLong());
        assertEquals("2026-07-31", answer.get("asOf").asText());
        Map<String, Long> counts = new LinkedHashMap<>();
        answer.get("labels").forEach(label -> counts.put(label.get("key").asText(), label.get("count").asLong()));
        assertEquals(Map.of("champions", 2L, "lost", 1L, "no-purchases", 1L), counts);
        assertEquals("champions", answer.get("labels").get(0).get("key").asText());
        assertEquals("EN champions", answer.get("labels").get(0).get("en").asText());
        assertEquals("中 champions", answer.get("labels").get(0).get("zh").asText());
        List<String> repositoryOrder = server.shop.runs.labelDistribution(run).stream()
                .filter(count -> count.classifierId().equals("rfm") && count.scheme().equals("segment"))
                .map(LabelCount::label).map(label -> label.key()).toList();
        assertEquals(repositoryOrder, new ArrayList<>(counts.keySet()));
    }

    @Test
    void latestIsTheLatestFinishedRunAndOlderRunsKeepTheirLabels() throws Exception {
        assertEquals(run, ok(viewer.get("/runs/latest/labels?classifier=rfm&scheme=segment")).get("runId")
                .asLong());
        JsonNode first = ok(viewer.get("/runs/1/labels?classifier=tier&scheme=tier"));
        Map<String, Long> counts = new LinkedHashMap<>();
        first.get("labels").forEach(label -> counts.put(label.get("key").asText(), label.get("count").asLong()));
        assertEquals(Map.of("silver", 1L, "regular", 1L, "gold", 1L), counts);
        assertEquals(0, ok(viewer.get("/runs/1/labels?classifier=abc&scheme=class")).get("labels").size());
    }

    @Test
    void theCrosstabCountsCustomersByTwoWholeScores() throws Exception {
        JsonNode answer = ok(viewer.get("/runs/latest/crosstab?classifier=rfm&scheme=segment&x=r_score&y=fm_score"));
        assertEquals("r_score", answer.get("x").asText());
        assertEquals("fm_score", answer.get("y").asText());
        assertEquals(run, answer.get("runId").asLong());
        assertEquals(2, answer.get("cells").size(), answer.toString());
        assertCell(answer.get("cells").get(0), 1, 1, 1);
        assertCell(answer.get("cells").get(1), 5, 4, 2);
        assertEquals(1, answer.get("leftOut").asInt(), "C4's R score 1.5 is not whole");
        JsonNode transposed = ok(viewer.get("/runs/" + run + "/crosstab?classifier=rfm&scheme=segment&x=fm_score"
                + "&y=r_score"));
        assertCell(transposed.get("cells").get(1), 4, 5, 2);
    }

    @Test
    void scoresAreOneSchemesValuesDescendingWithoutTheCustomersLackingIt() throws Exception {
        JsonNode answer = ok(viewer.get("/runs/latest/scores?classifier=abc&scheme=class&score=revenue"));
        assertEquals("revenue", answer.get("score").asText());
        List<String> values = new ArrayList<>();
        answer.get("values").forEach(value -> values.add(value.decimalValue().stripTrailingZeros().toPlainString()));
        assertEquals(List.of("1000", "300", "50"), values);
        assertEquals(4, ok(viewer.get("/runs/latest/scores?classifier=rfm&scheme=value&score=r_score"))
                .get("values").size());
    }

    @Test
    void unknownRunsAre404AndMissingOrMalformedParameters400NamingThem() throws Exception {
        assertProblem(viewer.get("/runs/99/labels?classifier=rfm&scheme=segment"), 404, "not-found");
        assertProblem(viewer.get("/runs/99/crosstab?classifier=rfm&scheme=segment&x=r_score&y=fm_score"), 404,
                "not-found");
        assertProblem(viewer.get("/runs/99/scores?classifier=abc&scheme=class&score=revenue"), 404, "not-found");
        assertBadField(viewer.get("/runs/first/labels?classifier=rfm&scheme=segment"), "run");
        assertBadField(viewer.get("/runs/latest/labels?scheme=segment"), "classifier");
        assertBadField(viewer.get("/runs/latest/labels?classifier=rfm"), "scheme");
        assertBadField(viewer.get("/runs/latest/crosstab?classifier=rfm&scheme=segment&y=fm_score"), "x");
        assertBadField(viewer.get("/runs/latest/crosstab?classifier=rfm&scheme=segment&x=r_score"), "y");
        assertBadField(viewer.get("/runs/latest/scores?classifier=abc&scheme=class"), "score");
    }

    @Test
    void chartsNeedALogin() throws Exception {
        assertProblem(server.anonymous().get("/runs/latest/labels?classifier=rfm&scheme=segment"), 401,
                "unauthorized");
        assertProblem(server.anonymous().get("/runs/latest/crosstab?classifier=rfm&scheme=segment&x=r_score"
                + "&y=fm_score"), 401, "unauthorized");
        assertProblem(server.anonymous().get("/runs/latest/scores?classifier=abc&scheme=class&score=revenue"), 401,
                "unauthorized");
    }

    private static void assertCell(JsonNode cell, int x, int y, long count) {
        assertEquals(x, cell.get("x").asInt(), cell.toString());
        assertEquals(y, cell.get("y").asInt(), cell.toString());
        assertEquals(count, cell.get("count").asLong(), cell.toString());
    }

    private static Classification rfm(String customer, String scheme, String key, String r, String fm) {
        return new Classification(customer, scheme, ShopFixture.label(key), Map.of("r_score", new BigDecimal(r),
                "fm_score", new BigDecimal(fm), "revenue", BigDecimal.ONE), "because " + key);
    }

    private static Classification abc(String customer, String key, String revenue) {
        return new Classification(customer, "class", ShopFixture.label(key), revenue == null ? Map.of()
                : Map.of("revenue", new BigDecimal(revenue)), "because " + key);
    }

    private static JsonNode ok(ApiServer.Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }
}
