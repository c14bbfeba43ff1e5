package io.tierbench.rest.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logging in and out: {@code POST}, {@code GET} and {@code DELETE /session}. */
final class SessionResource {

    /** The session cookie's name. */
    static final String COOKIE = "TIERBENCH_SESSION";
    /** The header that must carry the session's CSRF token on every state-changing request. */
    static final String CSRF_HEADER = "X-CSRF-Token";

    private static final Logger LOG = LoggerFactory.getLogger(SessionResource.class);

    private final Authenticator authenticator;
    private final SessionStore sessions;

    SessionResource(Authenticator authenticator, SessionStore sessions) {
        this.authenticator = authenticator;
        this.sessions = sessions;
    }

    void login(ApiExchange exchange) throws IOException {
        ObjectNode body = exchange.jsonBody();
        String username = ApiExchange.text(body, "username");
        if (username == null) {
            throw Problem.badRequest("username", "required");
        }
        if (body.get("password") == null || !body.get("password").isTextual()) {
            throw Problem.badRequest("password", "required");
        }
        char[] password = body.get("password").asText().toCharArray();
        Optional<AuthenticatedUser> user;
        try {
            user = authenticator.authenticate(username, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        String remote = exchange.request().getRemoteAddr();
        if (user.isEmpty()) {
            LOG.warn("Failed workbench login for user '{}' from {}", username, remote);
            throw Problem.unauthorized("wrong user name or password");
        }
        if (user.get().roles().isEmpty()) {
            LOG.warn("Workbench login refused for user '{}' from {}: no workbench role", username, remote);
            throw Problem.forbidden("no-role", "user '" + username + "' has none of the workbench roles admin, "
                    + "analyst, viewer");
        }
        Session old = currentSession(exchange.request(), sessions).orElse(null);
        if (old != null) {
            sessions.remove(old.id());
        }
        Session session = sessions.create(user.get());
        // A browser-session cookie: the server ends the session after the idle time, the browser when it closes.
        exchange.response().addHeader("Set-Cookie", cookie(session.id(), exchange.request().isSecure(), -1));
        LOG.info("Workbench login of user '{}' from {} with roles {}", username, remote, user.get().roles());
        exchange.respond(200, json(session));
    }

    void whoAmI(ApiExchange exchange) throws IOException {
        exchange.respond(200, json(exchange.session()));
    }

    void logout(ApiExchange exchange) throws IOException {
        sessions.remove(exchange.session().id());
        exchange.response().addHeader("Set-Cookie", cookie("", exchange.request().isSecure(), 0));
        exchange.response().setStatus(204);
    }

    /** @return the session whose id the request's cookie carries, when it is still open */
    static Optional<Session> currentSession(HttpServletRequest request, SessionStore sessions) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(cookie -> COOKIE.equals(cookie.getName())).findFirst()
                .flatMap(cookie -> sessions.find(cookie.getValue()));
    }

    /**
     * The cookie is written by hand: the servlet API's {@link Cookie} cannot say {@code SameSite}.
     *
     * @param maxAgeSeconds 0 to delete the cookie, negative for a cookie that ends with the browser session
     */
    static String cookie(String value, boolean secure, long maxAgeSeconds) {
        return COOKIE + "=" + value + "; Path=/" + (maxAgeSeconds < 0 ? "" : "; Max-Age=" + maxAgeSeconds)
                + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    private static Map<String, Object> json(Session session) {
        return Json.object("user", session.user().name(),
                "roles", session.user().roles().stream().sorted().map(Role::key).toList(),
                "masked", session.user().seesMaskedData(), "csrfToken", session.csrfToken(),
                "since", session.created());
    }
}
