package io.tierbench.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One endpoint: an HTTP method, a path template such as {@code /runs/{from}/migration/{to}} (relative to
 * {@code /api/v1}), who may call it, and its handler.
 *
 * @param method the HTTP method
 * @param template the path template; {@code {name}} matches one non-empty path segment
 * @param access who may call it
 * @param handler what answers
 */
record Route(String method, String template, Access access, Handler handler) {

    /** Who may call a route. */
    enum Access {
        /** Anyone, without a session. */
        PUBLIC,
        /** Any logged-in user, read-only. */
        VIEWER,
        /** Analysts and admins. */
        ANALYST,
        /** Admins only. */
        ADMIN;

        /** @return the role required, or {@code null} for public routes */
        Role role() {
            return this == PUBLIC ? null : Role.valueOf(name());
        }
    }

    Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(handler, "handler");
    }

    /** @return the path parameters when the path matches the template, else {@code null} */
    Map<String, String> match(List<String> segments) {
        List<String> parts = segments(template);
        if (parts.size() != segments.size()) {
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (part.startsWith("{") && part.endsWith("}")) {
                parameters.put(part.substring(1, part.length() - 1), segments.get(i));
            } else if (!part.equals(segments.get(i))) {
                return null;
            }
        }
        return parameters;
    }

    /** @return the non-empty segments of a path */
    static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }
}
