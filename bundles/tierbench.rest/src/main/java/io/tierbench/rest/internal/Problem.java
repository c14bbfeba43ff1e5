package io.tierbench.rest.internal;

import java.util.List;

/**
 * An error answered as RFC 9457 problem details ({@code application/problem+json}). Thrown by handlers; the
 * servlet writes it with the request's path as {@code instance}.
 */
final class Problem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Base of the {@code type} URIs: each problem kind has its own, documented in the OpenAPI description. */
    static final String TYPE_BASE = "https://tierbench.io/problems/";

    /** A request field that is wrong, and why. */
    record FieldError(String field, String message) {
    }

    private final int status;
    private final String type;
    private final String title;
    private final transient List<FieldError> errors;

    Problem(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    static Problem badRequest(String field, String message) {
        return new Problem(400, "invalid-request", "Invalid request", field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    /** @return a 400 listing several wrong fields at once, e.g. the settings of a configuration form */
    static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem(400, "invalid-request", "Invalid request", detail, errors);
    }

    static Problem notFound(String detail) {
        return new Problem(404, "not-found", "Not found", detail, List.of());
    }

    static Problem noRoute(String method, String path) {
        return new Problem(404, "no-route", "No such endpoint", method + " " + path + " is not an endpoint of the "
                + "API; see /api/v1/openapi.json", List.of());
    }

    static Problem methodNotAllowed(String method, String path) {
        return new Problem(405, "method-not-allowed", "Method not allowed", path + " does not take " + method,
                List.of());
    }

    static Problem unauthorized(String detail) {
        return new Problem(401, "unauthorized", "Login required", detail, List.of());
    }

    static Problem forbidden(String type, String detail) {
        return new Problem(403, type, "Forbidden", detail, List.of());
    }

    static Problem conflict(String detail) {
        return new Problem(409, "conflict", "Conflict", detail, List.of());
    }

    static Problem unavailable(String detail) {
        return new Problem(503, "unavailable", "Service unavailable", detail, List.of());
    }

    static Problem unsupportedMediaType(String detail) {
        return new Problem(415, "unsupported-media-type", "Unsupported media type", detail, List.of());
    }

    static Problem tooLarge(String detail) {
        return new Problem(413, "too-large", "Payload too large", detail, List.of());
    }

    int status() {
        return status;
    }

    /** @return the full type URI */
    String type() {
        return TYPE_BASE + type;
    }

    String title() {
        return title;
    }

    List<FieldError> errors() {
        return errors;
    }
}
