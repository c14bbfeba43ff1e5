package io.tierbench.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tierbench.api.tiering.PreviewService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.servlet.MultipartConfigElement;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

/**
 * The API in an embedded Jetty 9.4 on a free port, over a {@link ShopFixture}, with the fake authenticator and
 * plugins, a {@link GatedEngine}, the {@link TestContributions} (their views' files served at
 * {@code /workbench/views/*} as in the runtime), Configuration Admin, the preview service and the framework's
 * bundles faked; and an HTTP client that logs in and keeps its cookie and CSRF token. A path starting with
 * {@code /workbench/} is sent as it is, any other below {@code /api/v1}.
 */
final class ApiServer implements AutoCloseable {

    static final ObjectMapper MAPPER = new ObjectMapper();

    final ShopFixture shop = new ShopFixture();
    final GatedEngine engine = new GatedEngine(shop.runs);
    final TestContributions contributions = new TestContributions();
    final AtomicReference<ConfigurationStore> configurations = new AtomicReference<>(new FakeConfigurationStore());
    final AtomicReference<PreviewService> previews = new AtomicReference<>(new FakePreviewService());
    final FakeBundleCatalog bundles = new FakeBundleCatalog(shop.folder.resolve("deploy"));
    final SessionStore sessions = new SessionStore(Clock.systemUTC(), Duration.ofMinutes(30));
    final RestApi api;
    private final Server server = new Server();
    private final HttpClient http = HttpClient.newHttpClient();

    ApiServer() throws Exception {
        this(Duration.ofSeconds(5));
    }

    ApiServer(Duration runStartWait) throws Exception {
        api = new RestApi(new RestApi.Setup(shop.customers, shop.runs, () -> engine,
                () -> new FakeImportService(shop.customers), new TestPlugins(), contributions,
                new RestApi.Administration(configurations::get, ApiServer::validate, previews::get, bundles,
                        shop.folder.resolve("deploy")),
                new FakeAuthenticator(), sessions, Clock.systemUTC(), shop.folder.resolve("data"), 1024,
                runStartWait));
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        ServletHolder holder = new ServletHolder(new RestApiServlet(api));
        Files.createDirectories(shop.folder.resolve("multipart"));
        holder.getRegistration().setMultipartConfig(new MultipartConfigElement(
                shop.folder.resolve("multipart").toString()));
        context.addServlet(holder, "/api/v1/*");
        context.addServlet(new ServletHolder(new ViewServlet(new ViewFiles(contributions, sessions))),
                "/workbench/views/*");
        server.setHandler(context);
        server.start();
    }

    URI uri(String path) {
        return root(path.startsWith("/workbench/") ? path : "/api/v1" + path);
    }

    /** @return the URI of a path from the server's root */
    URI root(String path) {
        return URI.create("http://localhost:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort()
                + path);
    }

    /**
     * The configuration validators of the tests: the RFM configuration's window may be at most ten years.
     */
    static List<String> validate(String pid, Map<String, Object> properties) {
        Object window = properties.get("window.days");
        if (pid.equals(FakeConfigurationStore.RFM) && window != null && Integer.parseInt(window.toString()) > 3650) {
            return List.of("window.days may be at most 3650 (ten years), got " + window);
        }
        return List.of();
    }

    /** @return a client without a session */
    Client anonymous() {
        return new Client(null, null);
    }

    /** @return a client logged in as the user (password: user name + {@code -pw}) */
    Client login(String user) throws IOException, InterruptedException {
        Answer answer = anonymous().post("/session", Map.of("username", user, "password", user + "-pw"));
        if (answer.status() != 200) {
            throw new IllegalStateException("login of " + user + " failed: " + answer.body());
        }
        String cookie = answer.response().headers().firstValue("Set-Cookie").orElseThrow();
        return new Client(cookie.substring(0, cookie.indexOf(';')), answer.json().get("csrfToken").asText());
    }

    @Override
    public void close() throws Exception {
        server.stop();
        api.close();
        shop.close();
    }

    /** An answer: status, body as text and as JSON (null when not JSON), and the response. */
    record Answer(int status, String body, JsonNode json, HttpResponse<String> response) {

        String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }
    }

    /** An HTTP client with a session cookie ({@code null} for none) and the session's CSRF token. */
    final class Client {
        final String cookie;
        final String csrfToken;

        Client(String cookie, String csrfToken) {
            this.cookie = cookie;
            this.csrfToken = csrfToken;
        }

        Client withoutCsrf() {
            return new Client(cookie, null);
        }

        Answer get(String path) throws IOException, InterruptedException {
            return send(builder(path).GET());
        }

        Answer delete(String path) throws IOException, InterruptedException {
            return send(builder(path).DELETE());
        }

        Answer post(String path, Object json) throws IOException, InterruptedException {
            return send(builder(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(json))));
        }

        Answer put(String path, Object json) throws IOException, InterruptedException {
            return send(builder(path).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(json))));
        }

        Answer postBytes(String path, String contentType, byte[] body) throws IOException, InterruptedException {
            return send(builder(path).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        }

        Answer send(String method, String path) throws IOException, InterruptedException {
            return send(builder(path).method(method, HttpRequest.BodyPublishers.noBody()));
        }

        private HttpRequest.Builder builder(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
            if (cookie != null) {
                builder.header("Cookie", cookie);
            }
            if (csrfToken != null) {
                builder.header("X-CSRF-Token", csrfToken);
            }
            return builder;
        }

        private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            if (response.headers().firstValue("Content-Type").orElse("").contains("json")
                    && !response.body().isEmpty()) {
                json = MAPPER.readTree(response.body());
            }
            return new Answer(response.statusCode(), response.body(), json, response);
        }
    }
}
