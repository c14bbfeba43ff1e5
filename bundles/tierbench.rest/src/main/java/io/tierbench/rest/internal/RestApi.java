package io.tierbench.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tierbench.api.engine.ClassificationService;
import io.tierbench.api.importer.ImportService;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RunRepository;
import io.tierbench.api.tiering.PreviewService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API under {@code /api/v1}: its routes, and for every request the checks in order — route known (404/405),
 * session open when the route needs one (401), CSRF token on a state-changing request (403), role (403) — then the
 * handler, whose {@link Problem}s and failures are answered as problem details. Free of OSGi, so that tests host it
 * in a plain servlet container.
 */
final class RestApi implements AutoCloseable {

    /** Where the pieces come from and how they are set up. */
    record Setup(CustomerRepository customers, RunRepository runs, Supplier<ClassificationService> engine,
            Supplier<ImportService> importService, Plugins plugins, Contributions contributions,
            Administration administration, Authenticator authenticator, SessionStore sessions, Clock clock,
            Path dataFolder, long maxUploadBytes, Duration runStartWait) {
    }

    /**
     * What the administration endpoints work with.
     *
     * @param configurations Configuration Admin, {@code null} inside while it is not installed
     * @param previews the dry-run service, {@code null} inside while it is not installed
     * @param deployFolder FileInstall's {@code deploy/} folder, whose bundles the plugins page may remove
     */
    record Administration(Supplier<ConfigurationStore> configurations, ConfigurationValidators validators,
            Supplier<PreviewService> previews, BundleCatalog bundles, Path deployFolder) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(RestApi.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final ObjectMapper mapper = Json.mapper();
    private final SessionStore sessions;
    private final RunLauncher launcher;
    private final Router router;

    RestApi(Setup setup) {
        this.sessions = setup.sessions();
        this.launcher = new RunLauncher(setup.runs());
        SessionResource session = new SessionResource(setup.authenticator(), sessions);
        CustomerResource customers = new CustomerResource(setup.customers(), setup.runs(), setup.contributions());
        ClassifierResource classifiers = new ClassifierResource(setup.plugins());
        RunResource runs = new RunResource(setup.runs(), setup.engine(), launcher,
                () -> setup.plugins().classifiers("en").size(), setup.runStartWait());
        ImportResource imports = new ImportResource(new ImportStore(setup.dataFolder().resolve("uploads"),
                setup.maxUploadBytes()), new ImportPreviewer(setup.plugins(), setup.customers()),
                setup.importService(), setup.clock());
        ReportResource reports = new ReportResource(setup.plugins(), setup.customers(), setup.runs(),
                setup.dataFolder().resolve("api-reports"), setup.clock());
        this.router = new Router()
                .add("GET", "/openapi.json", Route.Access.PUBLIC, RestApi::openApi)
                .add("POST", "/session", Route.Access.PUBLIC, session::login)
                .add("GET", "/session", Route.Access.VIEWER, session::whoAmI)
                .add("DELETE", "/session", Route.Access.VIEWER, session::logout)
                .add("GET", "/customers", Route.Access.VIEWER, customers::list)
                .add("GET", "/customers/{id}", Route.Access.VIEWER, customers::get)
                .add("GET", "/classifiers", Route.Access.VIEWER, classifiers::list)
                .add("GET", "/runs", Route.Access.VIEWER, runs::list)
                .add("POST", "/runs", Route.Access.ANALYST, runs::start)
                .add("GET", "/runs/requests/{id}", Route.Access.VIEWER, runs::request)
                .add("GET", "/runs/{id}", Route.Access.VIEWER, runs::get)
                .add("GET", "/runs/{from}/migration/{to}", Route.Access.VIEWER, runs::migration)
                .add("POST", "/imports", Route.Access.ANALYST, imports::upload)
                .add("GET", "/imports/{id}", Route.Access.ANALYST, imports::get)
                .add("POST", "/imports/{id}/commit", Route.Access.ANALYST, imports::commit)
                .add("POST", "/reports", Route.Access.ANALYST, reports::create)
                .add("GET", "/reports/{id}", Route.Access.ANALYST, reports::download);
        addWorkbenchRoutes(setup);
    }

    /** The routes of the workbench's extension points, its charts and its administration pages. */
    private void addWorkbenchRoutes(Setup setup) {
        ContributionResource contributions = new ContributionResource(setup.contributions());
        ChartResource charts = new ChartResource(setup.runs());
        Administration administration = setup.administration();
        ConfigurationResource configuration = new ConfigurationResource(setup.plugins(),
                administration.configurations(), administration.validators());
        PreviewResource previews = new PreviewResource(administration.previews());
        PluginResource plugins = new PluginResource(administration.bundles(), setup.dataFolder().resolve("plugins"),
                administration.deployFolder(), setup.maxUploadBytes());
        router.add("GET", "/views", Route.Access.VIEWER, contributions::views)
                .add("GET", "/columns", Route.Access.VIEWER, contributions::columns)
                .add("GET", "/commands", Route.Access.VIEWER, contributions::commands)
                .add("POST", "/commands/{id}", Route.Access.VIEWER, contributions::run)
                .add("GET", "/runs/{run}/labels", Route.Access.VIEWER, charts::labels)
                .add("GET", "/runs/{run}/crosstab", Route.Access.VIEWER, charts::crosstab)
                .add("GET", "/runs/{run}/scores", Route.Access.VIEWER, charts::scores)
                .add("GET", "/classifiers/{id}/configuration", Route.Access.ADMIN, configuration::get)
                .add("PUT", "/classifiers/{id}/configuration", Route.Access.ADMIN, configuration::put)
                .add("POST", "/preview", Route.Access.ANALYST, previews::preview)
                .add("GET", "/plugins", Route.Access.ADMIN, plugins::list)
                .add("POST", "/plugins", Route.Access.ADMIN, plugins::upload)
                .add("DELETE", "/plugins/{bundleId}", Route.Access.ADMIN, plugins::uninstall);
    }

    /** @return every route, for the test that holds them against the OpenAPI description */
    List<Route> routes() {
        return router.routes();
    }

    /**
     * Answers one request.
     *
     * @param path the request's path below {@code /api/v1}
     */
    void service(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        try {
            Router.Match match = router.match(request.getMethod(), path == null ? "/" : path);
            Session session = SessionResource.currentSession(request, sessions).orElse(null);
            Role required = match.route().access().role();
            if (required != null) {
                check(request, session, required);
            }
            match.route().handler().handle(new ApiExchange(request, response, match.parameters(), session, mapper));
        } catch (Problem problem) {
            writeProblem(request, response, problem);
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            writeProblem(request, response, new Problem(500, "internal-error", "Internal error",
                    "the request failed: " + e.getMessage() + " (see the server log)", List.of()));
        }
    }

    private static void check(HttpServletRequest request, Session session, Role required) {
        if (session == null) {
            throw Problem.unauthorized("log in first: POST /api/v1/session with username and password");
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && !csrfTokenMatches(request, session)) {
            throw Problem.forbidden("csrf", "a " + request.getMethod() + " request needs the header "
                    + SessionResource.CSRF_HEADER + " with the csrfToken of GET /api/v1/session");
        }
        if (!session.user().may(required)) {
            throw Problem.forbidden("role", "this needs the role " + required.key() + "; user '"
                    + session.user().name() + "' has " + session.user().roles().stream().map(Role::key).sorted()
                    .toList());
        }
    }

    private static boolean csrfTokenMatches(HttpServletRequest request, Session session) {
        String token = request.getHeader(SessionResource.CSRF_HEADER);
        return token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                session.csrfToken().getBytes(StandardCharsets.UTF_8));
    }

    private void writeProblem(HttpServletRequest request, HttpServletResponse response, Problem problem)
            throws IOException {
        ProblemWriter.write(mapper, request, response, problem);
    }

    private static void openApi(ApiExchange exchange) throws IOException {
        try (InputStream in = RestApi.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the bundle");
            }
            exchange.response().setStatus(200);
            exchange.response().setContentType(ApiExchange.JSON);
            exchange.response().setCharacterEncoding("UTF-8");
            in.transferTo(exchange.response().getOutputStream());
        }
    }

    @Override
    public void close() {
        launcher.close();
    }
}
