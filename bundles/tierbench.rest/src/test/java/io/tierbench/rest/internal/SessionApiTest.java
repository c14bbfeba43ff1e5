package io.tierbench.rest.internal;

import static io.tierbench.rest.internal.ProblemAssertions.assertBadField;
import static io.tierbench.rest.internal.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SessionApiTest {

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
    void aLoginSetsAnHttpOnlyStrictSessionCookieOfA256BitId() throws Exception {
        ApiServer.Answer answer = server.anonymous().post("/session", Map.of("username", "analyst",
                "password", "analyst-pw"));
        assertEquals(200, answer.status(), answer.body());
        String cookie = answer.response().headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith(SessionResource.COOKIE + "="), cookie);
        assertTrue(cookie.contains("; HttpOnly") && cookie.contains("; SameSite=Strict")
                && cookie.contains("; Path=/"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP gets no Secure cookie: " + cookie);
        String id = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
        assertEquals(32, Base64.getUrlDecoder().decode(id).length);
        assertEquals("analyst", answer.json().get("user").asText());
        assertEquals("[\"analyst\"]", answer.json().get("roles").toString());
        assertEquals(32, Base64.getUrlDecoder().decode(answer.json().get("csrfToken").asText()).length);
    }

    @Test
    void whoAmIAnswersTheUserRolesAndCsrfTokenOfTheSession() throws Exception {
        ApiServer.Client viewer = server.login("viewer");
        ApiServer.Answer answer = viewer.get("/session");
        assertEquals(200, answer.status());
        assertEquals("viewer", answer.json().get("user").asText());
        assertTrue(answer.json().get("masked").asBoolean());
        assertEquals(viewer.csrfToken, answer.json().get("csrfToken").asText());
    }

    @Test
    void twoLoginsGetDifferentSessionsAndTokens() throws Exception {
        ApiServer.Client first = server.login("admin");
        ApiServer.Client second = server.login("admin");
        assertNotEquals(first.cookie, second.cookie);
        assertNotEquals(first.csrfToken, second.csrfToken);
    }

    @Test
    void aWrongPasswordIsA401ProblemAndSetsNoCookie() throws Exception {
        ApiServer.Answer answer = server.anonymous().post("/session", Map.of("username", "admin",
                "password", "guess"));
        assertProblem(answer, 401, "unauthorized");
        assertTrue(answer.response().headers().firstValue("Set-Cookie").isEmpty());
    }

    @Test
    void aUserWithoutAWorkbenchRoleIsRefused() throws Exception {
        assertProblem(server.anonymous().post("/session", Map.of("username", "nobody", "password", "nobody-pw")),
                403, "no-role");
    }

    @Test
    void aLoginWithoutUserNameOrPasswordNamesTheField() throws Exception {
        assertBadField(server.anonymous().post("/session", Map.of("password", "x")), "username");
        assertBadField(server.anonymous().post("/session", Map.of("username", "admin")), "password");
    }

    @Test
    void withoutASessionEveryProtectedEndpointAnswers401() throws Exception {
        for (String path : new String[] {"/session", "/customers", "/customers/C1", "/classifiers", "/runs",
            "/runs/1"}) {
            assertProblem(server.anonymous().get(path), 401, "unauthorized");
        }
        assertProblem(server.anonymous().post("/runs", Map.of("asOf", "2026-06-30")), 401, "unauthorized");
    }

    @Test
    void aForgedCookieIsNoSession() throws Exception {
        ApiServer.Client forged = server.new Client(SessionResource.COOKIE + "=forged", "token");
        assertProblem(forged.get("/customers"), 401, "unauthorized");
    }

    @Test
    void logoutNeedsTheCsrfTokenAndEndsTheSession() throws Exception {
        ApiServer.Client admin = server.login("admin");
        assertProblem(admin.withoutCsrf().delete("/session"), 403, "csrf");
        assertProblem(server.new Client(admin.cookie, "wrong").delete("/session"), 403, "csrf");
        assertEquals(200, admin.get("/customers").status());
        ApiServer.Answer out = admin.delete("/session");
        assertEquals(204, out.status());
        assertTrue(out.response().headers().firstValue("Set-Cookie").orElseThrow().contains("Max-Age=0"));
        assertProblem(admin.get("/customers"), 401, "unauthorized");
    }

    @Test
    void unknownPathsAre404AndWrongMethods405Problems() throws Exception {
        ApiServer.Client admin = server.login("admin");
        assertProblem(admin.get("/nothing/here"), 404, "no-route");
        assertProblem(admin.send("PUT", "/customers"), 405, "method-not-allowed");
    }
}
