package io.tierbench.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClassifierApiTest {

    private static ApiServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new ApiServer();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void listsTheInstalledClassifiersWithConfigurationAndMetatype() throws Exception {
        JsonNode classifiers = server.login("viewer").get("/classifiers").json();
        assertEquals(1, classifiers.get("total").asInt());
        JsonNode rfm = classifiers.get("items").get(0);
        assertEquals("rfm", rfm.get("id").asText());
        assertEquals("1.0.0", rfm.get("version").asText());
        assertEquals("365", rfm.get("configuration").get("window.days").asText());
        JsonNode description = rfm.get("metatype").get(0);
        assertEquals("tierbench.classifier.rfm", description.get("pid").asText());
        JsonNode window = description.get("attributes").get(0);
        assertEquals("integer", window.get("type").asText());
        assertEquals("365", window.get("defaults").get(0).asText());
        assertEquals(true, window.get("required").asBoolean());
        assertEquals("Fixed breakpoints", description.get("attributes").get(1).get("options").get(1).get("label")
                .asText());
    }
}
