package io.tierbench.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workbench's servlets in Jetty 9.4 (the container inside Pax Web 8), mapped as the whiteboard maps them, beside
 * a stand-in for the REST bundle's view servlet at {@code /workbench/views/*}.
 */
class WorkbenchServletTest {

    private static Server server;
    private static String base;
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        server = new Server(0);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new WorkbenchServlet()), "/workbench/*");
        context.addServlet(new ServletHolder(new ViewStandIn()), "/workbench/views/*");
        context.addServlet(new ServletHolder(new RootRedirectServlet()), "/");
        server.setHandler(context);
        server.start();
        base = "http://localhost:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    @Test
    void theFolderServesThePageWithItsSecurityHeaders() throws Exception {
        HttpResponse<String> page = get("/workbench/", null);
        assertEquals(200, page.statusCode());
        assertEquals("text/html;charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow()
                .replace(" ", "").toLowerCase());
        assertTrue(page.body().contains("js/app.js"));
        assertEquals(WorkbenchServlet.CONTENT_SECURITY_POLICY,
                page.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void modulesAreJavaScriptAndUnchangedFilesAnswerNotModified() throws Exception {
        HttpResponse<String> module = get("/workbench/js/app.js", null);
        assertEquals(200, module.statusCode());
        assertTrue(module.headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"));
        String etag = module.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get("/workbench/js/app.js", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
    }

    @Test
    void theViewServletIsMoreSpecificAndWins() throws Exception {
        HttpResponse<String> view = get("/workbench/views/rfm-grid/card.js", null);
        assertEquals(200, view.statusCode());
        assertEquals("view /rfm-grid/card.js", view.body());
    }

    @Test
    void redirectsToTheFolderAndFromTheRoot() throws Exception {
        HttpResponse<String> bare = get("/workbench", null);
        assertEquals(302, bare.statusCode());
        assertEquals("/workbench/", URI.create(bare.headers().firstValue("Location").orElseThrow()).getPath());
        HttpResponse<String> root = get("/", null);
        assertEquals(302, root.statusCode());
        assertEquals("/workbench/", URI.create(root.headers().firstValue("Location").orElseThrow()).getPath());
    }

    @Test
    void anythingElseIsNotFound() throws Exception {
        assertEquals(404, get("/elsewhere", null).statusCode());
        assertEquals(404, get("/workbench/js/missing.js", null).statusCode());
        assertEquals(404, get("/workbench/io/tierbench/workbench/internal/WebFiles.class", null).statusCode());
        assertEquals(404, get("/workbench/META-INF/MANIFEST.MF", null).statusCode());
    }

    private static HttpResponse<String> get(String path, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Stands in for the REST bundle's servlet of contributed views. */
    private static final class ViewStandIn extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getWriter().write("view " + request.getPathInfo());
        }
    }
}
