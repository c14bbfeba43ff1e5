package io.tierbench.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * One request to a route and its answer: typed access to path and query parameters and to the JSON body, each
 * failing with a {@link Problem} that names the field, and JSON answers.
 */
final class ApiExchange {

    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";
    /** The most a JSON request body may hold; uploads do not go through {@link #jsonBody()}. */
    private static final int MAX_JSON_BODY = 64 * 1024;

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final Map<String, String> pathParameters;
    private final Session session;
    private final ObjectMapper mapper;

    ApiExchange(HttpServletRequest request, HttpServletResponse response, Map<String, String> pathParameters,
            Session session, ObjectMapper mapper) {
        this.request = request;
        this.response = response;
        this.pathParameters = pathParameters;
        this.session = session;
        this.mapper = mapper;
    }

    HttpServletRequest request() {
        return request;
    }

    HttpServletResponse response() {
        return response;
    }

    /** @return the caller's session, or {@code null} on a public route called without one */
    Session session() {
        return session;
    }

    /** @return the logged-in user; only on routes that require a login */
    AuthenticatedUser user() {
        return session.user();
    }

    ObjectMapper mapper() {
        return mapper;
    }

    String path(String name) {
        return pathParameters.get(name);
    }

    /** @return a path parameter that must be a positive whole number, e.g. a run id */
    long pathId(String name) {
        String value = path(name);
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Problem.badRequest(name, "expected a positive whole number, got '" + value + "'");
    }

    /** @return the query parameter, or {@code null} when absent or blank */
    String query(String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** @return every value of a repeatable query parameter, blanks left out */
    List<String> queryAll(String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : Arrays.stream(values).filter(v -> !v.isBlank())
                .map(String::strip).toList();
    }

    String requiredQuery(String name) {
        String value = query(name);
        if (value == null) {
            throw Problem.badRequest(name, "required");
        }
        return value;
    }

    int intQuery(String name, int defaultValue, int min, int max) {
        String value = query(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Problem.badRequest(name, "expected a whole number from " + min + " to " + max + ", got '" + value
                + "'");
    }

    /** @return the query parameter as a positive whole number, or {@code null} when absent */
    Long longQuery(String name) {
        String value = query(name);
        if (value == null) {
            return null;
        }
        try {
            long number = Long.parseLong(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Problem.badRequest(name, "expected a positive whole number, got '" + value + "'");
    }

    /** @return the JSON object in the body; an empty body reads as an empty object */
    ObjectNode jsonBody() throws IOException {
        String contentType = request.getContentType();
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_JSON_BODY + 1);
        }
        if (body.length > MAX_JSON_BODY) {
            throw Problem.tooLarge("a JSON body may hold at most " + MAX_JSON_BODY + " bytes");
        }
        if (body.length == 0) {
            return mapper.createObjectNode();
        }
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(JSON)) {
            throw Problem.unsupportedMediaType("send the body as " + JSON + ", not " + contentType);
        }
        try {
            JsonNode node = mapper.readTree(body);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException e) {
            throw Problem.badRequest("body", "not valid JSON: " + e.getOriginalMessage());
        }
        throw Problem.badRequest("body", "expected a JSON object");
    }

    /** @return a text field of a JSON body, or {@code null} when absent or blank */
    static String text(ObjectNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw Problem.badRequest(field, "expected text");
        }
        String value = node.asText();
        return value.isBlank() ? null : value.strip();
    }

    /** @return an ISO date ({@code 2026-06-30}) named {@code field} */
    static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Problem.badRequest(field, "expected a date as yyyy-mm-dd, got '" + value + "'");
        }
    }

    void respond(int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType(JSON);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        mapper.writeValue(response.getOutputStream(), body);
    }

    void respondCreated(String location, Object body) throws IOException {
        response.setHeader("Location", request.getContextPath() + request.getServletPath() + location);
        respond(201, body);
    }

    void respondAccepted(String location, Object body) throws IOException {
        response.setHeader("Location", request.getContextPath() + request.getServletPath() + location);
        respond(202, body);
    }

    /** @return the link of a path below {@code /api/v1}, as clients call it */
    String link(String path) {
        return request.getContextPath() + request.getServletPath() + path;
    }
}
