package io.tierbench.rest.internal;

import static io.tierbench.rest.internal.ProblemAssertions.assertBadField;
import static io.tierbench.rest.internal.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Uploading, previewing and committing a customers file read by the {@link LineImporter}. */
class ImportApiTest {

    /** C1 exists (renamed here), C9 is new, the third row has no id. */
    private static final byte[] FILE = "id,name,phone\nC1,张伟伟,13812345678\nC9,New Person,13000000000\n,No Id,1\n"
            .getBytes(StandardCharsets.UTF_8);

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
    void anUploadAnswersAPreviewAndStoresNothing() throws Exception {
        ApiServer.Answer answer = analyst.postBytes("/imports?fileName=customers-june.csv", "text/csv", FILE);
        assertEquals(201, answer.status(), answer.body());
        JsonNode upload = answer.json();
        assertEquals("previewed", upload.get("status").asText());
        assertEquals("customers-june.csv", upload.get("file").asText());
        JsonNode preview = upload.get("preview");
        assertEquals("lines", preview.get("importer").asText());
        assertEquals("customers", preview.get("kind").asText());
        assertEquals(3, preview.get("counts").get("rows").asInt());
        assertEquals(1, preview.get("counts").get("inserted").asInt());
        assertEquals(1, preview.get("counts").get("updated").asInt());
        assertEquals(1, preview.get("counts").get("rejected").asInt());
        assertEquals(4, preview.get("rejectedRows").get(0).get("row").asInt());
        assertEquals("updated", preview.get("rows").get(0).get("outcome").asText());
        assertEquals("张伟伟", preview.get("rows").get(0).get("record").get("name").asText());
        assertEquals("inserted", preview.get("rows").get(1).get("outcome").asText());
        JsonNode email = field(preview.get("fields"), "email");
        assertEquals(0, email.get("filled").asInt());
        assertEquals(2, field(preview.get("fields"), "phone").get("filled").asInt());
        assertEquals(4, server.shop.customers.countCustomers(), "a preview stores nothing");
        assertEquals("张伟", server.shop.customers.findCustomer("C1").orElseThrow().name());
        Path stored = server.shop.folder.resolve("data/uploads").resolve(upload.get("id").asText())
                .resolve("customers-june.csv");
        assertTrue(Files.isRegularFile(stored), stored.toString());
    }

    @Test
    void aCommitImportsThroughTheImportServiceAndReportsTheRejectedRows() throws Exception {
        String id = analyst.postBytes("/imports?fileName=customers.csv", "text/csv", FILE).json().get("id").asText();
        ApiServer.Answer committed = analyst.post("/imports/" + id + "/commit", Map.of());
        assertEquals(200, committed.status(), committed.body());
        JsonNode report = committed.json().get("report");
        assertEquals("committed", committed.json().get("status").asText());
        assertEquals(1, report.get("inserted").asInt());
        assertEquals(1, report.get("updated").asInt());
        assertEquals("the id is missing", report.get("rejectedRows").get(0).get("reason").asText());
        assertEquals(5, server.shop.customers.countCustomers());
        assertEquals("张伟伟", server.shop.customers.findCustomer("C1").orElseThrow().name());
        assertEquals("committed", analyst.get("/imports/" + id).json().get("status").asText());
        assertProblem(analyst.post("/imports/" + id + "/commit", Map.of()), 409, "conflict");
    }

    @Test
    void aMultipartUploadWorksLikeARawOne() throws Exception {
        String boundary = "tierbench-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"客户.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + FILE.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(FILE, 0, body, head.length, FILE.length);
        System.arraycopy(tail, 0, body, head.length + FILE.length, tail.length);
        ApiServer.Answer answer = analyst.postBytes("/imports", "multipart/form-data; boundary=" + boundary, body);
        assertEquals(201, answer.status(), answer.body());
        assertEquals("客户.csv", answer.json().get("file").asText());
        assertEquals("customers", answer.json().get("preview").get("kind").asText());
    }

    @Test
    void uploadErrorsAreProblems() throws Exception {
        assertBadField(analyst.postBytes("/imports", "text/csv", FILE), "fileName");
        assertBadField(analyst.postBytes("/imports?fileName=..%2F..%2Fnoending", "text/csv", FILE), "fileName");
        assertBadField(analyst.postBytes("/imports?fileName=c.csv&kind=planets", "text/csv", FILE), "kind");
        assertBadField(analyst.postBytes("/imports?fileName=list.csv", "text/csv", FILE), "kind");
        assertProblem(analyst.postBytes("/imports?fileName=customers.pdf", "application/pdf", FILE), 415,
                "unsupported-media-type");
        assertProblem(analyst.postBytes("/imports?fileName=customers.csv", "text/csv",
                "name\nx\n".getBytes(StandardCharsets.UTF_8)), 422, "import-failed");
        assertProblem(analyst.postBytes("/imports?fileName=customers.csv", "text/csv", new byte[2048]), 413,
                "too-large");
        assertProblem(analyst.get("/imports/nope"), 404, "not-found");
        assertProblem(analyst.post("/imports/nope/commit", Map.of()), 404, "not-found");
    }

    @Test
    void importsNeedTheAnalystRoleAndTheCsrfToken() throws Exception {
        ApiServer.Client viewer = server.login("viewer");
        assertProblem(viewer.postBytes("/imports?fileName=customers.csv", "text/csv", FILE), 403, "role");
        assertProblem(viewer.get("/imports/any"), 403, "role");
        assertProblem(analyst.withoutCsrf().postBytes("/imports?fileName=customers.csv", "text/csv", FILE), 403,
                "csrf");
    }

    private static JsonNode field(JsonNode fields, String name) {
        for (JsonNode field : fields) {
            if (field.get("field").asText().equals(name)) {
                return field;
            }
        }
        throw new AssertionError("no field " + name + " in " + fields);
    }
}
