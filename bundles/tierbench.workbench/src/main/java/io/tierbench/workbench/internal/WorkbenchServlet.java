package io.tierbench.workbench.internal;

import java.io.IOException;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;

/**
 * Serves the workbench's page, scripts, styles, dictionaries and ECharts at {@code /workbench/*} through the OSGi
 * HTTP Whiteboard. The views that plugins contribute live at {@code /workbench/views/*}, which the REST bundle's more
 * specific servlet answers. The page reads everything through the public REST API under {@code /api/v1}; this
 * servlet holds no data and needs no login, as the files hold none either.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/workbench/*",
    "osgi.http.whiteboard.servlet.name=tierbench-workbench"})
public final class WorkbenchServlet extends HttpServlet {

    /**
     * Scripts and styles only from the workbench's own origin (ECharts included), no inline script, no framing.
     * Inline styles stay allowed because ECharts positions its tooltips with them.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private static final long serialVersionUID = 1L;

    private final transient WebFiles files;

    public WorkbenchServlet() {
        this(new WebFiles(WorkbenchServlet.class::getResource));
    }

    WorkbenchServlet(WebFiles files) {
        this.files = files;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody)
            throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            // "/workbench" without the slash: the page's relative links need the folder form.
            response.sendRedirect(request.getContextPath() + request.getServletPath() + "/");
            return;
        }
        Optional<WebFiles.WebFile> found = files.find(path);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such workbench file");
            return;
        }
        WebFiles.WebFile file = found.get();
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        // Revalidate every time: an updated bundle must be seen at the next page load; unchanged files answer 304.
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("ETag", file.etag());
        if (file.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(file.contentType());
        response.setContentLength(file.bytes().length);
        if (withBody) {
            response.getOutputStream().write(file.bytes());
        }
    }
}
