package io.tierbench.rest.internal;

import static io.tierbench.rest.internal.ProblemAssertions.assertBadField;
import static io.tierbench.rest.internal.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The customer table and one customer, against the {@link ShopFixture} (latest run: run 2). */
class CustomerApiTest {

    private static ApiServer server;
    private static ApiServer.Client analyst;
    private static ApiServer.Client viewer;

    @BeforeAll
    static void start() throws Exception {
        server = new ApiServer();
        analyst = server.login("analyst");
        viewer = server.login("viewer");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void theFirstPageListsEveryCustomerByIdWithTheLatestRun() throws Exception {
        JsonNode page = ok(analyst.get("/customers"));
        assertEquals(List.of("C1", "C2", "C3", "C4"), ids(page));
        assertEquals(4, page.get("total").asLong());
        assertEquals(1, page.get("page").asInt());
        assertEquals(50, page.get("size").asInt());
        assertEquals("2026-06-30", page.get("run").get("asOf").asText());
        JsonNode c1 = page.get("items").get(0);
        assertEquals(0, new BigDecimal("300.00").compareTo(c1.get("totalSpend").decimalValue()));
        assertEquals(2, c1.get("purchaseCount").asInt());
        assertEquals("2026-06-01", c1.get("lastPurchase").asText());
        assertEquals("13812345678", c1.get("phone").asText());
    }

    @Test
    void pagesHoldTheAskedSizeAndTheTotalOfAllMatches() throws Exception {
        JsonNode second = ok(analyst.get("/customers?page=2&size=3"));
        assertEquals(List.of("C4"), ids(second));
        assertEquals(4, second.get("total").asLong());
    }

    @Test
    void filtersByLabelTierTagAndTextOfTheLatestOrAGivenRun() throws Exception {
        assertEquals(List.of("C1", "C3"), ids(ok(analyst.get("/customers?label=rfm/segment/champions"))));
        assertEquals(List.of("C1", "C3"), ids(ok(analyst.get("/customers?tier=gold"))));
        assertEquals(List.of("C3"), ids(ok(analyst.get("/customers?tier=gold&run=1"))));
        assertEquals(List.of("C1"), ids(ok(analyst.get("/customers?tier=gold&label=rfm/segment/champions&tag=VIP"
                + "&q=%E5%BC%A0"))));
        assertEquals(List.of("C1", "C3"), ids(ok(analyst.get("/customers?tag=VIP"))));
        assertEquals(List.of("C1", "C3"), ids(ok(analyst.get("/customers?q=%E6%9D%AD%E5%B7%9E"))));
        assertEquals(List.of("C2"), ids(ok(analyst.get("/customers?q=0000111"))));
    }

    @Test
    void sortsBySpendLastPurchaseAndName() throws Exception {
        assertEquals(List.of("C3", "C1", "C2", "C4"), ids(ok(analyst.get("/customers?sort=total_spend&order=desc"))));
        assertEquals(List.of("C2", "C1", "C3", "C4"), ids(ok(analyst.get("/customers?sort=last_purchase"))));
        assertEquals(List.of("C4", "C1", "C3", "C2"), ids(ok(analyst.get("/customers?sort=name"))));
    }

    @Test
    void badParametersAre400ProblemsNamingTheField() throws Exception {
        assertBadField(analyst.get("/customers?size=201"), "size");
        assertBadField(analyst.get("/customers?page=0"), "page");
        assertBadField(analyst.get("/customers?label=rfm/champions"), "label");
        assertBadField(analyst.get("/customers?sort=age"), "sort");
        assertBadField(analyst.get("/customers?order=up"), "order");
        assertBadField(analyst.get("/customers?run=99"), "run");
        assertBadField(analyst.get("/customers?run=x"), "run");
    }

    @Test
    void aViewerSeesPersonalDataMaskedAndCannotSearchIt() throws Exception {
        JsonNode page = ok(viewer.get("/customers"));
        assertTrue(page.get("masked").asBoolean());
        JsonNode c1 = page.get("items").get(0);
        assertEquals("138****5678", c1.get("phone").asText());
        assertEquals("张*", c1.get("name").asText());
        assertEquals("z***@example.com", c1.get("email").asText());
        JsonNode c3 = page.get("items").get(2);
        assertEquals("杭州翠玉珠宝有限公司", c3.get("name").asText(), "company names are not personal data");
        assertEquals("0571-****6655", c3.get("phone").asText());
        assertEquals(List.of(), ids(ok(viewer.get("/customers?q=0000111"))), "a viewer's search skips phones");
        assertEquals(List.of("C2"), ids(ok(analyst.get("/customers?q=0000111"))));
    }

    @Test
    void oneCustomerHasAttributesOrdersInteractionsLabelsTagsAndTierHistory() throws Exception {
        JsonNode c1 = ok(analyst.get("/customers/C1"));
        assertEquals("张伟", c1.get("customer").get("name").asText());
        assertEquals("wxid_zhangwei", c1.get("customer").get("wechatId").asText());
        assertEquals(List.of("O1", "O2"), values(c1.get("orders"), "id"));
        assertEquals(0, new BigDecimal("300.00").compareTo(c1.get("purchases").get("totalSpend").decimalValue()));
        assertEquals(List.of("I1"), values(c1.get("interactions"), "id"));
        assertEquals(5, c1.get("interactions").get(0).get("csat").asInt());
        assertEquals(List.of("rfm", "tier"), values(c1.get("labels"), "classifier"));
        JsonNode rfm = c1.get("labels").get(0);
        assertEquals("champions", rfm.get("label").get("key").asText());
        assertEquals("中 champions", rfm.get("label").get("zh").asText());
        assertEquals("because champions", rfm.get("explanation").asText());
        assertEquals(0, new BigDecimal("1.5").compareTo(rfm.get("scores").get("score").decimalValue()));
        assertEquals(List.of("VIP"), values(c1.get("tags"), "name"));
        JsonNode history = c1.get("tierHistory");
        assertEquals(2, history.size());
        assertEquals("silver", history.get(0).get("tier").get("key").asText());
        assertEquals("2026-03-31", history.get(0).get("asOf").asText());
        assertEquals("gold", history.get(1).get("tier").get("key").asText());
    }

    @Test
    void purchasesLeaveOutRefunds() throws Exception {
        JsonNode c2 = ok(analyst.get("/customers/C2"));
        assertEquals(2, c2.get("orders").size());
        assertEquals(1, c2.get("purchases").get("count").asInt());
        assertEquals(0, new BigDecimal("50.00").compareTo(c2.get("purchases").get("totalSpend").decimalValue()));
    }

    @Test
    void aViewerSeesOneCustomerMasked() throws Exception {
        JsonNode c1 = ok(viewer.get("/customers/C1"));
        assertEquals("138****5678", c1.get("customer").get("phone").asText());
        assertEquals("z***@example.com", c1.get("customer").get("email").asText());
        assertEquals("w***********i", c1.get("customer").get("wechatId").asText());
        assertEquals("张*", c1.get("customer").get("name").asText());
        assertFalse(c1.toString().contains("13812345678"));
    }

    @Test
    void anUnknownCustomerIsA404Problem() throws Exception {
        assertProblem(analyst.get("/customers/NOPE"), 404, "not-found");
    }

    private static JsonNode ok(ApiServer.Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    static List<String> ids(JsonNode page) {
        return values(page.get("items"), "id");
    }

    static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.get(field).asText()));
        return values;
    }
}
