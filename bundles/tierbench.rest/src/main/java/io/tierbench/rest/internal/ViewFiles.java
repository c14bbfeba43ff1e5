package io.tierbench.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tierbench.api.workbench.WorkbenchView;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The static files of contributed views, {@code GET /workbench/views/<id>/<path>}, streamed from
 * {@link WorkbenchView#resource(String)} so that a contributing bundle needs no HTTP registration of its own. A
 * login is required as for the API. Answers are never cached without asking ({@code no-cache}): a view updated or
 * removed with its bundle is seen on the next page load.
 */
final class ViewFiles {

    private static final Map<String, String> MEDIA_TYPES = Map.ofEntries(
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("json", "application/json"),
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"), Map.entry("woff2", "font/woff2"));

    private final Contributions contributions;
    private final SessionStore sessions;
    private final ObjectMapper mapper = Json.mapper();

    ViewFiles(Contributions contributions, SessionStore sessions) {
        this.contributions = contributions;
        this.sessions = sessions;
    }

    /**
     * @param path the request's path below {@code /workbench/views}: {@code /<id>/<path>}
     */
    void serve(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        try {
            boolean head = request.getMethod().equals("HEAD");
            if (!head && !request.getMethod().equals("GET")) {
                throw Problem.methodNotAllowed(request.getMethod(), request.getRequestURI());
            }
            if (SessionResource.currentSession(request, sessions).isEmpty()) {
                throw Problem.unauthorized("log in first: POST /api/v1/session with username and password");
            }
            String[] parts = path == null ? new String[0] : path.replaceFirst("^/", "").split("/", 2);
            if (parts.length < 2 || !safe(parts[1])) {
                throw Problem.notFound("expected /workbench/views/<view id>/<file>, got " + request.getRequestURI());
            }
            stream(parts[0], parts[1], head, response);
        } catch (Problem problem) {
            ProblemWriter.write(mapper, request, response, problem);
        }
    }

    private void stream(String id, String file, boolean head, HttpServletResponse response) throws IOException {
        try (Contributions.Contribution<Contributions.ViewDescriptor, WorkbenchView> view = contributions.view(id)
                .orElseThrow(() -> Problem.notFound("no view with id '" + id + "' is installed"))) {
            URL resource = view.service().resource(file);
            if (resource == null) {
                throw Problem.notFound("the view " + id + " has no file " + file);
            }
            try (InputStream in = resource.openStream()) {
                response.setStatus(200);
                response.setContentType(mediaType(file));
                response.setHeader("Cache-Control", "no-cache");
                response.setHeader("X-Content-Type-Options", "nosniff");
                if (!head) {
                    in.transferTo(response.getOutputStream());
                }
            }
        }
    }

    /** @return whether the path stays below the view's folder and names a file: no {@code ..}, no empty segment */
    static boolean safe(String path) {
        if (path.isEmpty() || path.contains("\\") || path.indexOf('\0') >= 0) {
            return false;
        }
        return List.of(path.split("/", -1)).stream().noneMatch(segment -> segment.isEmpty() || segment.equals(".")
                || segment.equals(".."));
    }

    static String mediaType(String file) {
        int dot = file.lastIndexOf('.');
        String extension = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        return MEDIA_TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
