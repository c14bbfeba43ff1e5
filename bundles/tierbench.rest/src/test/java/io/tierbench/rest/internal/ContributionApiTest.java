package io.tierbench.rest.internal;

import static io.tierbench.rest.internal.ProblemAssertions.assertBadField;
import static io.tierbench.rest.internal.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The workbench's extension points: views and their files, customer columns, commands ({@link TestContributions}). */
class ContributionApiTest {

    private static ApiServer server;
    private static ApiServer.Client viewer;
    private static ApiServer.Client analyst;

    @BeforeAll
    static void start() throws Exception {
        server = new ApiServer();
        viewer = server.login("viewer");
        analyst = server.login("analyst");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void viewsAreListedByPlacementThenOrderThenIdWithTheUrlOfTheirModule() throws Exception {
        JsonNode views = ok(viewer.get("/views"));
        assertEquals(List.of("early-card", "b-card", "test-card", "a-page"), values(views, "id"));
        JsonNode card = views.get(2);
        assertEquals("Test card", card.get("titleEn").asText());
        assertEquals("测试卡片", card.get("titleZh").asText());
        assertEquals("dashboard-card", card.get("placement").asText());
        assertEquals("/workbench/views/test-card/card.js", card.get("module").asText());
        assertEquals("img/icon.svg", card.get("icon").asText());
        assertEquals(10, card.get("order").asInt());
        assertEquals("rfm", card.get("classifier").asText());
        assertTrue(views.get(0).get("classifier").isNull());
    }

    @Test
    void aViewsFilesAreServedWithTheirMediaTypeAndNoCache() throws Exception {
        ApiServer.Answer module = viewer.get("/workbench/views/test-card/card.js");
        assertEquals(200, module.status(), module.body());
        assertEquals("text/javascript;charset=utf-8", module.contentType().replace(" ", "").toLowerCase());
        assertEquals("no-cache", module.response().headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(module.body().startsWith("export function render(element, context)"), module.body());
        ApiServer.Answer style = viewer.get("/workbench/views/test-card/style.css");
        assertEquals(".test-card { color: #336699; }\n", style.body());
        assertTrue(style.contentType().startsWith("text/css"), style.contentType());
        ApiServer.Answer icon = viewer.get("/workbench/views/test-card/img/icon.svg");
        assertEquals(200, icon.status());
        assertEquals("image/svg+xml", icon.contentType());
        assertEquals(0, server.contributions.held.get(), "every view is given back");
    }

    @Test
    void viewFilesNeedALoginAndAnswer404ForUnknownViewsFilesAndPathsLeavingTheFolder() throws Exception {
        ApiServer.Answer anonymous = server.anonymous().get("/workbench/views/test-card/card.js");
        assertEquals(401, anonymous.status());
        assertEquals(Problem.TYPE_BASE + "unauthorized", anonymous.json().get("type").asText());
        assertEquals(404, viewer.get("/workbench/views/no-such-view/card.js").status());
        assertEquals(404, viewer.get("/workbench/views/test-card/missing.js").status());
        assertEquals(404, viewer.get("/workbench/views/test-card").status());
        assertEquals(404, viewer.get("/workbench/views/test-card/img/").status());
        ApiServer.Answer unknown = viewer.get("/workbench/views/no-such-view/card.js");
        assertTrue(unknown.contentType().startsWith("application/problem+json"), unknown.contentType());
        assertTrue(unknown.json().get("detail").asText().contains("no-such-view"), unknown.body());
    }

    @Test
    void columnsAreListedById() throws Exception {
        JsonNode columns = ok(viewer.get("/columns"));
        assertEquals(List.of("contact", "purchases", "spend-band"), values(columns, "id"));
        assertTrue(columns.get(0).get("personal").asBoolean());
        assertEquals("消费档", columns.get(2).get("titleZh").asText());
    }

    @Test
    void theCustomerPageCarriesEachColumnsValueForItsCustomersOnly() throws Exception {
        JsonNode page = ok(analyst.get("/customers?size=3"));
        JsonNode c1 = page.get("items").get(0).get("columns");
        assertEquals("low", c1.get("spend-band").asText(), "C1 spent 300.00");
        assertEquals(2, c1.get("purchases").asInt());
        assertEquals("13812345678", c1.get("contact").asText());
        JsonNode c3 = page.get("items").get(2).get("columns");
        assertEquals("high", c3.get("spend-band").asText(), "C3 spent 1000.00");
        assertEquals(1, c3.get("purchases").asInt());
        assertEquals(3, page.get("items").size());
        assertEquals(0, server.contributions.held.get(), "every column is given back");
    }

    @Test
    void aViewerSeesPersonalColumnsMasked() throws Exception {
        JsonNode c1 = ok(viewer.get("/customers")).get("items").get(0).get("columns");
        assertEquals("1*********8", c1.get("contact").asText());
        assertEquals("low", c1.get("spend-band").asText());
        JsonNode c4 = ok(viewer.get("/customers")).get("items").get(3).get("columns");
        assertTrue(c4.get("contact").isNull(), "C4 has no phone");
    }

    @Test
    void commandsAreListedWithTheirRoleAndParameters() throws Exception {
        JsonNode commands = ok(viewer.get("/commands"));
        assertEquals(List.of("purge", "tag"), values(commands, "id"));
        JsonNode tag = commands.get(1);
        assertEquals("analyst", tag.get("role").asText());
        assertEquals("添加标签", tag.get("titleZh").asText());
        assertEquals("tag", tag.get("parameters").get(0).get("name").asText());
        assertEquals("Tag", tag.get("parameters").get(0).get("labelEn").asText());
        assertEquals("标签", tag.get("parameters").get(0).get("labelZh").asText());
        assertEquals("admin", commands.get(0).get("role").asText());
    }

    @Test
    void aCommandRunsOnTheSelectedCustomersWithTheParametersAndTheUser() throws Exception {
        ApiServer.Answer answer = analyst.post("/commands/tag", Map.of("customerIds", List.of("C1", "C3"),
                "parameters", Map.of("tag", "VIP")));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("Add a tag: 2 customers", answer.json().get("message").asText());
        TestContributions.Call call = server.contributions.calls.get(server.contributions.calls.size() - 1);
        assertEquals(new TestContributions.Call("tag", List.of("C1", "C3"), Map.of("tag", "VIP"), "analyst"), call);
        assertEquals(0, server.contributions.held.get());
    }

    @Test
    void aCommandsRefusalIsA400WithItsMessage() throws Exception {
        JsonNode problem = assertProblem(analyst.post("/commands/tag", Map.of("customerIds", List.of("C1"))), 400,
                "command-rejected");
        assertEquals("parameter tag is required", problem.get("detail").asText());
        assertBadField(analyst.post("/commands/tag", Map.of("parameters", Map.of("tag", "VIP"))), "customerIds");
        assertBadField(analyst.post("/commands/tag", Map.of("customerIds", List.of(1, 2))), "customerIds");
        assertBadField(analyst.post("/commands/tag", Map.of("customerIds", List.of("C1"), "parameters", "VIP")),
                "parameters");
        assertEquals(0, server.contributions.held.get());
    }

    @Test
    void aCommandNeedsItsRoleALoginAndTheCsrfTokenAndAnUnknownOneIs404() throws Exception {
        Map<String, Object> body = Map.of("customerIds", List.of("C1"), "parameters", Map.of("tag", "VIP"));
        int before = server.contributions.calls.size();
        assertProblem(viewer.post("/commands/tag", body), 403, "role");
        assertProblem(analyst.post("/commands/purge", body), 403, "role");
        assertProblem(analyst.withoutCsrf().post("/commands/tag", body), 403, "csrf");
        assertProblem(server.anonymous().post("/commands/tag", body), 401, "unauthorized");
        assertProblem(server.anonymous().get("/views"), 401, "unauthorized");
        assertProblem(analyst.post("/commands/nope", body), 404, "not-found");
        assertEquals(before, server.contributions.calls.size(), "no refused call ran");
        assertEquals(200, server.login("admin").post("/commands/purge", body).status());
        assertEquals(0, server.contributions.held.get());
    }

    private static JsonNode ok(ApiServer.Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.get(field).asText()));
        return values;
    }
}
