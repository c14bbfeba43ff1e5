package io.tierbench.rest.internal;

import static io.tierbench.rest.internal.ProblemAssertions.assertBadField;
import static io.tierbench.rest.internal.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A classifier's configuration through the API: the RFM classifier of {@link TestPlugins} (metatype: window.days, an
 * integer defaulting to 365; scores, quintiles or fixed), stored in {@link FakeConfigurationStore} (window.days =
 * 365 and FileInstall's file name), checked by the validator of {@link ApiServer#validate} (window at most 3650 days)
 * and by the classifier itself (window not 0).
 */
class ConfigurationApiTest {

    private ApiServer server;
    private ApiServer.Client admin;
    private FakeConfigurationStore store;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        admin = server.login("admin");
        store = (FakeConfigurationStore) server.configurations.get();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void theConfigurationHasItsPidCurrentValuesAsTextAndTheMetatypeAttributes() throws Exception {
        JsonNode configuration = ok(admin.get("/classifiers/rfm/configuration"));
        assertEquals("tierbench.classifier.rfm", configuration.get("pid").asText());
        assertEquals(Map.of("window.days", "365", "scores", "quintiles"), texts(configuration.get("properties")),
                "stored values over the defaults; the framework's keys are not shown");
        JsonNode window = configuration.get("attributes").get(0);
        assertEquals("window.days", window.get("id").asText());
        assertEquals("Window", window.get("name").asText());
        assertEquals("Days of history", window.get("description").asText());
        assertEquals("integer", window.get("type").asText());
        assertEquals(0, window.get("cardinality").asInt());
        assertEquals("365", window.get("default").asText());
        JsonNode scores = configuration.get("attributes").get(1);
        assertEquals("fixed", scores.get("options").get(1).get("value").asText());
        assertEquals("Fixed breakpoints", scores.get("options").get(1).get("label").asText());
    }

    @Test
    void aValidChangeIsAppliedThroughConfigurationAdminKeepingTheKeysNotSent() throws Exception {
        JsonNode answer = ok(admin.put("/classifiers/rfm/configuration", Map.of("properties",
                Map.of("scores", "fixed"))));
        assertEquals("fixed", answer.get("properties").get("scores").asText());
        assertEquals("365", answer.get("properties").get("window.days").asText());
        assertEquals(1, store.updates.size());
        Map<String, Object> written = store.updates.get(0);
        assertEquals("fixed", written.get("scores"));
        assertEquals("365", written.get("window.days"));
        assertEquals(FakeConfigurationStore.RFM_FILE, written.get("felix.fileinstall.filename"),
                "FileInstall writes the change back to the same etc/ file");
        assertEquals("fixed", texts(ok(admin.get("/classifiers/rfm/configuration")).get("properties"))
                .get("scores"));
    }

    @Test
    void aNumberIsSentAsTextAndNullTakesAKeyBackToItsDefault() throws Exception {
        ok(admin.put("/classifiers/rfm/configuration", Map.of("properties", Map.of("window.days", 180))));
        assertEquals("180", store.properties(FakeConfigurationStore.RFM).get("window.days"));
        Map<String, Object> reset = new HashMap<>();
        reset.put("window.days", null);
        JsonNode answer = ok(admin.put("/classifiers/rfm/configuration", Map.of("properties", reset)));
        assertFalse(store.properties(FakeConfigurationStore.RFM).containsKey("window.days"));
        assertEquals("365", answer.get("properties").get("window.days").asText(), "the default again");
    }

    @Test
    void everyWrongSettingIsListedAndNothingIsApplied() throws Exception {
        JsonNode problem = assertProblem(admin.put("/classifiers/rfm/configuration", Map.of("properties",
                Map.of("window.days", "a year", "scores", "deciles", "colour", "red"))), 400, "invalid-request");
        Map<String, String> errors = errors(problem);
        assertEquals(List.of("colour", "scores", "window.days"), new ArrayList<>(new java.util.TreeSet<>(
                errors.keySet())));
        assertTrue(errors.get("window.days").contains("'a year' is not a whole number"), errors.toString());
        assertTrue(errors.get("scores").contains("not one of quintiles, fixed"), errors.toString());
        assertTrue(errors.get("colour").contains("not a setting of tierbench.classifier.rfm"), errors.toString());
        assertEquals(0, store.updates.size());
    }

    @Test
    void theValidatorsOfThePidAndTheClassifierItselfAreAsked() throws Exception {
        JsonNode tooLong = assertProblem(admin.put("/classifiers/rfm/configuration", Map.of("properties",
                Map.of("window.days", "5000"))), 400, "invalid-request");
        assertEquals("window.days may be at most 3650 (ten years), got 5000", errors(tooLong).get("window.days"));
        JsonNode zero = assertProblem(admin.put("/classifiers/rfm/configuration", Map.of("properties",
                Map.of("window.days", "0"))), 400, "invalid-request");
        assertEquals("window.days must be positive, got 0", errors(zero).get("window.days"));
        assertBadField(admin.put("/classifiers/rfm/configuration", Map.of("properties",
                Map.of("felix.fileinstall.filename", "file:/tmp/x.cfg"))), "felix.fileinstall.filename");
        assertEquals(0, store.updates.size());
    }

    @Test
    void malformedBodiesUnknownClassifiersAndAMissingConfigurationAdminAreAnswered() throws Exception {
        assertBadField(admin.put("/classifiers/rfm/configuration", Map.of()), "properties");
        assertBadField(admin.put("/classifiers/rfm/configuration", Map.of("properties", "window.days=1")),
                "properties");
        assertBadField(admin.put("/classifiers/rfm/configuration", Map.of("properties",
                Map.of("window.days", Map.of("value", 1)))), "window.days");
        assertProblem(admin.get("/classifiers/nope/configuration"), 404, "not-found");
        assertProblem(admin.put("/classifiers/nope/configuration", Map.of("properties", Map.of())), 404,
                "not-found");
        server.configurations.set(null);
        assertProblem(admin.get("/classifiers/rfm/configuration"), 503, "unavailable");
    }

    @Test
    void onlyAdminsWithTheCsrfTokenChangeConfiguration() throws Exception {
        Map<String, Object> body = Map.of("properties", Map.of("scores", "fixed"));
        assertProblem(server.login("analyst").get("/classifiers/rfm/configuration"), 403, "role");
        assertProblem(server.login("viewer").put("/classifiers/rfm/configuration", body), 403, "role");
        assertProblem(server.login("analyst").put("/classifiers/rfm/configuration", body), 403, "role");
        assertProblem(admin.withoutCsrf().put("/classifiers/rfm/configuration", body), 403, "csrf");
        assertProblem(server.anonymous().get("/classifiers/rfm/configuration"), 401, "unauthorized");
        assertEquals(0, store.updates.size());
    }

    private static Map<String, String> texts(JsonNode object) {
        Map<String, String> texts = new HashMap<>();
        object.properties().forEach(entry -> texts.put(entry.getKey(), entry.getValue().asText()));
        return texts;
    }

    private static Map<String, String> errors(JsonNode problem) {
        Map<String, String> errors = new HashMap<>();
        problem.get("errors").forEach(error -> errors.put(error.get("field").asText(),
                error.get("message").asText()));
        return errors;
    }

    private static JsonNode ok(ApiServer.Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }
}
