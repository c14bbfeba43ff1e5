package io.tierbench.rest.internal;

import io.tierbench.api.engine.ClassificationService;
import io.tierbench.api.importer.ImportService;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RunRepository;
import io.tierbench.api.tiering.PreviewService;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The REST API's servlet, registered with the OSGi HTTP Whiteboard at {@code /api/v1/*}. The repositories and the
 * session store are required; the engine, the import service, the metatype service, Configuration Admin, the
 * preview service and Karaf's features may come and go, and the endpoints that need them answer 503 meanwhile (the
 * plugins page then lists no features).
 */
@Component(service = Servlet.class, configurationPid = RestApiServlet.PID, property = {
    "osgi.http.whiteboard.servlet.pattern=/api/v1/*",
    "osgi.http.whiteboard.servlet.name=tierbench-rest",
    "osgi.http.whiteboard.servlet.multipart.enabled=true"})
@Designate(ocd = RestConfiguration.class)
public final class RestApiServlet extends HttpServlet {

    static final String PID = "tierbench.rest";

    private static final long serialVersionUID = 1L;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ClassificationService engine;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ImportService importService;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile MetaTypeService metaTypeService;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ConfigurationAdmin configurationAdmin;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PreviewService previewService;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile InstalledFeatures installedFeatures;

    private final transient RestApi api;

    @Activate
    public RestApiServlet(BundleContext context, @Reference CustomerRepository customers,
            @Reference RunRepository runs, @Reference SessionStore sessions, RestConfiguration configuration) {
        RestApi.Administration administration = new RestApi.Administration(this::configurationStore,
                new OsgiConfigurationValidators(context), () -> previewService,
                new OsgiBundleCatalog(context, () -> installedFeatures), deployFolder());
        this.api = new RestApi(new RestApi.Setup(customers, runs, () -> engine, () -> importService,
                new OsgiPlugins(context, () -> metaTypeService), new OsgiContributions(context), administration,
                authenticator(configuration), sessions, Clock.systemUTC(), dataFolder(configuration.data_folder()),
                configuration.upload_max_megabytes() * 1024L * 1024L,
                Duration.ofMillis(configuration.run_start_wait_millis())));
    }

    /** For tests: a servlet around an API set up by hand. */
    RestApiServlet(RestApi api) {
        this.api = api;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        api.service(request, response, request.getPathInfo());
    }

    @Deactivate
    void deactivate() {
        api.close();
    }

    static JaasAuthenticator authenticator(RestConfiguration configuration) {
        return new JaasAuthenticator(configuration.jaas_realm(), Set.of(configuration.role_principal_classes()),
                Map.of(Role.ADMIN, List.of(configuration.admin_roles()),
                        Role.ANALYST, List.of(configuration.analyst_roles()),
                        Role.VIEWER, List.of(configuration.viewer_roles())));
    }

    private ConfigurationStore configurationStore() {
        ConfigurationAdmin admin = configurationAdmin;
        return admin == null ? null : new ConfigAdminStore(admin);
    }

    /** @return FileInstall's {@code ${karaf.base}/deploy} (./deploy outside Karaf) */
    static Path deployFolder() {
        return Paths.get(System.getProperty("karaf.base", "."), "deploy").toAbsolutePath().normalize();
    }

    /** @return the configured folder, or {@code ${karaf.data}/tierbench} (./data/tierbench outside Karaf) */
    static Path dataFolder(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath().normalize();
        }
        return Paths.get(System.getProperty("karaf.data", "data"), "tierbench").toAbsolutePath().normalize();
    }
}
