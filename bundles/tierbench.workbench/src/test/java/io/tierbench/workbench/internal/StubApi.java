package io.tierbench.workbench.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * A stand-in for the REST API under {@code /api/v1}, with the shapes tierbench.rest answers, fixed data and three
 * users (admin, analyst, viewer; password "secret"). It records every request, so that a test can see what the page
 * asked for. Only what the browser test needs is here.
 */
final class StubApi extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CSRF = "csrf-token-of-the-test";
    static final int CUSTOMERS = 120;

    /** One request as the stub saw it. */
    record Seen(String method, String path, String query, String csrf, String body) {
    }

    final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Map<String, String> sessions = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String body;
        try (InputStream in = request.getInputStream()) {
            body = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        seen.add(new Seen(request.getMethod(), path, request.getQueryString(), request.getHeader("X-CSRF-Token"), body));
        String route = request.getMethod() + " " + path;
        if (route.equals("POST /session")) {
            login(response, JSON.readTree(body));
            return;
        }
        String user = user(request);
        if (user == null) {
            problem(response, 401, "Login required", "log in first", List.of());
            return;
        }
        if (!request.getMethod().equals("GET") && !CSRF.equals(request.getHeader("X-CSRF-Token"))) {
            problem(response, 403, "Forbidden", "CSRF token missing", List.of());
            return;
        }
        Object answer = answer(route, request, user, body);
        if (answer == null) {
            problem(response, 404, "Not found", "the stub has no " + route, List.of());
        } else if (answer instanceof Problem problem) {
            problem(response, problem.status, problem.title, problem.detail, problem.errors);
        } else {
            write(response, 200, "application/json", answer);
        }
    }

    private record Problem(int status, String title, String detail, List<Map<String, Object>> errors) {
    }

    private void login(HttpServletResponse response, JsonNode body) throws IOException {
        String user = body.path("username").asText();
        if (!List.of("admin", "analyst", "viewer").contains(user) || !"secret".equals(body.path("password").asText())) {
            problem(response, 401, "Login required", "wrong user name or password", List.of());
            return;
        }
        String id = "session-" + user;
        sessions.put(id, user);
        response.addHeader("Set-Cookie", "TIERBENCH_SESSION=" + id + "; Path=/; HttpOnly; SameSite=Strict");
        write(response, 200, "application/json", session(user));
    }

    private String user(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (cookie.getName().equals("TIERBENCH_SESSION")) {
                return sessions.get(cookie.getValue());
            }
        }
        return null;
    }

    private static Map<String, Object> session(String user) {
        return map("user", user, "roles", List.of(user), "masked", user.equals("viewer"), "csrfToken", CSRF);
    }

    private Object answer(String route, HttpServletRequest request, String user, String body) throws IOException {
        switch (route) {
            case "GET /session":
                return session(user);
            case "DELETE /session":
                return map();
            case "GET /views":
                return List.of(
                        map("id", "broken-card", "titleEn", "Broken", "titleZh", "坏卡片", "placement", "dashboard-card",
                                "module", "/workbench/views/broken-card/card.js", "order", 20),
                        map("id", "test-chart", "titleEn", "Test chart", "titleZh", "测试图表",
                                "placement", "dashboard-card", "module", "/workbench/views/test-chart/card.js",
                                "order", 10),
                        map("id", "customer-notes", "titleEn", "Notes", "titleZh", "备注", "placement", "customer-tab",
                                "module", "/workbench/views/customer-notes/tab.js", "order", 10));
            case "GET /columns":
                return List.of(map("id", "vip", "titleEn", "VIP", "titleZh", "贵宾", "personal", false));
            case "GET /commands":
                return List.of(map("id", "add-tag", "titleEn", "Add tag", "titleZh", "添加标签", "role", "analyst",
                        "parameters", List.of(map("name", "tag", "labelEn", "Tag", "labelZh", "标签"))));
            case "POST /commands/add-tag":
                JsonNode command = JSON.readTree(body);
                return map("message", "tagged " + command.path("customerIds").size() + " customers with "
                        + command.path("parameters").path("tag").asText());
            case "GET /runs":
                return items(List.of(run(2, "2026-06-30"), run(1, "2026-03-31")));
            case "GET /runs/2":
                Map<String, Object> latest = run(2, "2026-06-30");
                latest.put("distribution", List.of(
                        map("classifier", "rfm", "scheme", "segment", "labels", List.of(
                                map("label", label("champions", "Champions", "冠军客户"), "customers", 2),
                                map("label", label("lost", "Lost", "已流失"), "customers", 118))),
                        map("classifier", "tier", "scheme", "tier", "labels", List.of(
                                map("label", label("gold", "Gold", "金"), "customers", 20)))));
                return latest;
            case "GET /classifiers":
                return items(List.of(map("id", "rfm", "name", "RFM", "version", "0.1.0",
                        "pid", "tierbench.classifier.rfm",
                        "configuration", map("window.days", "365", "method", "quintile", "named.segments", "true"),
                        "metatype", List.of(map("pid", "tierbench.classifier.rfm", "name", "RFM",
                                "description", "RFM settings", "attributes", attributes())))));
            case "GET /classifiers/rfm/configuration":
                return user.equals("admin") ? configuration("365")
                        : new Problem(403, "Forbidden", "this needs the role admin", List.of());
            case "PUT /classifiers/rfm/configuration":
                if (!user.equals("admin")) {
                    return new Problem(403, "Forbidden", "this needs the role admin", List.of());
                }
                String days = JSON.readTree(body).path("properties").path("window.days").asText();
                if (Long.parseLong(days) <= 0) {
                    return new Problem(400, "Invalid request", "window.days: must be at least 1",
                            List.of(map("field", "window.days", "message", "must be at least 1")));
                }
                return configuration(days);
            case "POST /preview":
                if (!JSON.readTree(body).path("pid").asText().equals("tierbench.classifier.rfm")) {
                    return new Problem(400, "Invalid request", "pid: required", List.of(map("field", "pid",
                            "message", "required")));
                }
                return map("baseRunId", 2, "asOf", "2026-06-30", "pid", "tierbench.classifier.rfm", "complete", false,
                        "matrices", List.of(map("classifier", "rfm", "scheme", "segment", "from", 2, "to", 2,
                        "labels", List.of(label("champions", "Champions", "冠军客户"), label("lost", "Lost", "已流失")),
                        "cells", List.of(map("from", "champions", "to", "champions", "count", 1),
                                map("from", "champions", "to", "lost", "count", 1),
                                map("from", "lost", "to", "lost", "count", 118)),
                        "moved", 1)),
                        "moves", List.of(map("customer", "C7", "name", "王芳", "classifier", "rfm", "scheme", "segment",
                                "from", label("champions", "Champions", "冠军客户"), "to", label("lost", "Lost", "已流失"))),
                        "tagChanges", List.of(map("tag", "vip", "gained", 0, "lost", 1)),
                        "notes", List.of("compared with run 2"));
            case "GET /customers":
                return customers(request, user);
            case "GET /customers/C7":
                return map("customer", map("id", "C7", "name", user.equals("viewer") ? "王*" : "王芳",
                        "phone", user.equals("viewer") ? "138****5678" : "13812345678", "city", "苏州"),
                        "purchases", map("count", 3, "totalSpend", 1200.5, "firstPurchase", "2025-01-02",
                                "lastPurchase", "2026-06-01"),
                        "orders", List.of(map("id", "O1", "orderedAt", "2026-06-01T10:00", "amount", 400.5,
                                "currency", "CNY", "status", "completed")),
                        "interactions", List.of(),
                        "run", map("id", 2, "asOf", "2026-06-30", "status", "finished"),
                        "labels", List.of(map("classifier", "rfm", "scheme", "segment",
                                "label", label("champions", "Champions", "冠军客户"), "scores", map("r_score", 5),
                                "explanation", "R5 x FM5 -> Champions")),
                        "tags", List.of(map("group", "interest", "name", "jade", "source", "manual")),
                        "tierHistory", List.of(map("run", 2, "asOf", "2026-06-30", "tier", label("gold", "Gold", "金"))),
                        "masked", user.equals("viewer"));
            case "GET /plugins":
                return map("bundles", List.of(map("id", 42, "symbolicName", "tierbench.classifier.rfm",
                        "version", "0.1.0", "state", "ACTIVE", "plugin", true, "removable", false),
                        map("id", 77, "symbolicName", "acme.view", "version", "1.0.0", "state", "ACTIVE",
                                "plugin", true, "removable", true)), "features", null);
            default:
                return null;
        }
    }

    private static Map<String, Object> configuration(String days) {
        return map("classifier", "rfm", "pid", "tierbench.classifier.rfm", "name", "RFM",
                "description", "RFM settings",
                "properties", map("window.days", days, "method", "quintile", "named.segments", "true"),
                "attributes", attributes());
    }

    private static List<Map<String, Object>> attributes() {
        return List.of(
                map("id", "window.days", "name", "Window", "description", "days of history", "type", "long",
                        "cardinality", 0, "required", true, "default", "365", "options", List.of()),
                map("id", "method", "name", "Method", "type", "string", "cardinality", 0, "required", true,
                        "options", List.of(map("value", "quintile", "label", "Quintiles"),
                                map("value", "fixed", "label", "Fixed breakpoints"))),
                map("id", "named.segments", "name", "Named segments", "type", "boolean", "cardinality", 0,
                        "required", true, "options", List.of()));
    }

    private static Map<String, Object> customers(HttpServletRequest request, String user) {
        int page = request.getParameter("page") == null ? 1 : Integer.parseInt(request.getParameter("page"));
        int size = Integer.parseInt(request.getParameter("size"));
        List<Integer> ids = new ArrayList<>();
        if ("rfm/segment/champions".equals(request.getParameter("label"))) {
            ids.addAll(List.of(7, 9));
        } else {
            for (int i = 1; i <= CUSTOMERS; i++) {
                ids.add(i);
            }
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = (page - 1) * size; i < Math.min(ids.size(), page * size); i++) {
            int id = ids.get(i);
            items.add(map("id", "C" + id, "name", "客户" + id,
                    "phone", user.equals("viewer") ? "138****5678" : "13812345678", "city", "苏州",
                    "purchaseCount", id, "totalSpend", id * 10.5, "lastPurchase", "2026-06-01",
                    "columns", map("vip", id % 2 == 1)));
        }
        return map("items", items, "total", ids.size(), "page", page, "size", size, "masked", user.equals("viewer"));
    }

    private static Map<String, Object> run(int id, String asOf) {
        return map("id", id, "asOf", asOf, "status", "finished", "startedAt", asOf + "T08:00:00Z",
                "finishedAt", asOf + "T08:00:05Z", "classifiers", List.of(map("id", "rfm", "succeeded", true)));
    }

    private static Map<String, Object> label(String key, String en, String zh) {
        return map("key", key, "en", en, "zh", zh);
    }

    private static Map<String, Object> items(List<?> items) {
        return map("items", items, "total", items.size());
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail,
            List<Map<String, Object>> errors) throws IOException {
        Map<String, Object> body = map("type", "https://tierbench.io/problems/test", "title", title, "status", status,
                "detail", detail);
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        write(response, status, "application/problem+json", body);
    }

    private static void write(HttpServletResponse response, int status, String type, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
