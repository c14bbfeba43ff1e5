package io.tierbench.rest.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plugins: {@code GET /plugins} lists the bundles (and Karaf's features), {@code POST /plugins} installs and starts
 * an uploaded bundle, {@code DELETE /plugins/{bundleId}} uninstalls one.
 *
 * <p>An upload is kept under the plugins folder (in the Tierbench data folder) and installed from there, rather than
 * written into {@code deploy/}: the framework's answer is then known at once — installed and started, or refused
 * with the reason — where FileInstall would pick the file up a second later and only log a failure. The framework
 * keeps such a bundle across restarts. Only bundles from the plugins folder or from {@code deploy/} may be removed:
 * the bundles of Tierbench's features and of the framework are not this page's to take away.
 */
final class PluginResource {

    private static final Logger LOG = LoggerFactory.getLogger(PluginResource.class);

    private final BundleCatalog catalog;
    private final Path pluginsFolder;
    private final Path deployFolder;
    private final PluginUploads uploads;

    /**
     * @param pluginsFolder where uploaded plugins are kept
     * @param deployFolder FileInstall's {@code deploy/} folder, whose bundles may be removed too
     * @param maxBytes the largest upload accepted
     */
    PluginResource(BundleCatalog catalog, Path pluginsFolder, Path deployFolder, long maxBytes) {
        this.catalog = catalog;
        this.pluginsFolder = pluginsFolder.toAbsolutePath().normalize();
        this.deployFolder = deployFolder.toAbsolutePath().normalize();
        this.uploads = new PluginUploads(this.pluginsFolder.resolve(".incoming"), maxBytes);
    }

    void list(ApiExchange exchange) throws IOException {
        List<Map<String, Object>> bundles = catalog.bundles().stream().map(this::json).toList();
        Object features = catalog.installedFeatures().map(installed -> installed.stream()
                .map(feature -> Json.object("name", feature.name(), "version", feature.version())).toList())
                .orElse(null);
        exchange.respond(200, Json.object("bundles", bundles, "features", features));
    }

    void upload(ApiExchange exchange) throws IOException {
        Path incoming = uploads.receive(exchange);
        try {
            Manifest manifest = PluginUploads.manifest(incoming);
            Attributes main = manifest.getMainAttributes();
            String symbolicName = main.getValue("Bundle-SymbolicName").split(";", 2)[0].strip();
            String version = main.getValue("Bundle-Version") == null ? "0.0.0" : main.getValue("Bundle-Version")
                    .strip();
            BundleCatalog.BundleEntry installed = install(incoming, symbolicName, version);
            LOG.info("Plugin {} {} installed through the workbench by '{}' as bundle {}", symbolicName, version,
                    exchange.user().name(), installed.id());
            exchange.respondCreated("/plugins/" + installed.id(), json(installed));
        } finally {
            Files.deleteIfExists(incoming);
        }
    }

    void uninstall(ApiExchange exchange) throws IOException {
        long id = bundleId(exchange.path("bundleId"));
        BundleCatalog.BundleEntry bundle = catalog.bundle(id)
                .orElseThrow(() -> Problem.notFound("no bundle with id " + id));
        Path file = removableFile(bundle);
        if (file == null) {
            throw Problem.conflict("bundle " + id + " (" + bundle.symbolicName() + ") belongs to Tierbench or the "
                    + "framework; only plugins installed here or from deploy/ may be removed");
        }
        // The file goes first: a jar left in deploy/ would be installed again by FileInstall.
        Files.deleteIfExists(file);
        BundleCatalog.BundleEntry removed = catalog.uninstall(id);
        LOG.info("Plugin {} (bundle {}) uninstalled through the workbench by '{}'", bundle.symbolicName(), id,
                exchange.user().name());
        exchange.respond(200, json(removed));
    }

    /** @return the bundle id of the path: a whole number, 0 (the framework) included */
    private static long bundleId(String value) {
        try {
            long id = Long.parseLong(value);
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Problem.badRequest("bundleId", "expected a bundle id (a whole number), got '" + value + "'");
    }

    private synchronized BundleCatalog.BundleEntry install(Path incoming, String symbolicName, String version)
            throws IOException {
        for (BundleCatalog.BundleEntry bundle : catalog.bundles()) {
            if (symbolicName.equals(bundle.symbolicName())) {
                throw Problem.conflict("a bundle " + symbolicName + " is installed already (bundle " + bundle.id()
                        + ", version " + bundle.version() + "); uninstall it first");
            }
        }
        Path target = pluginsFolder.resolve((symbolicName + "-" + version).replaceAll("[^A-Za-z0-9._-]", "_")
                + ".jar");
        Files.move(incoming, target, StandardCopyOption.REPLACE_EXISTING);
        try {
            return catalog.installAndStart(target.toUri().toString(), target);
        } catch (BundleCatalog.PluginRejected e) {
            Files.deleteIfExists(target);
            throw new Problem(422, "plugin-failed", "Plugin cannot be installed", symbolicName + " " + version
                    + ": " + e.getMessage(), List.of(new Problem.FieldError("file", e.getMessage())));
        } catch (RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
    }

    /** @return the bundle's jar when it came from the plugins folder or deploy/, else {@code null}: not removable */
    Path removableFile(BundleCatalog.BundleEntry bundle) {
        String location = bundle.location();
        int file = location == null ? -1 : location.indexOf("file:");
        if (bundle.id() == 0 || file < 0) {
            return null;
        }
        try {
            Path path = Paths.get(URI.create(location.substring(file))).toAbsolutePath().normalize();
            return path.startsWith(pluginsFolder) || path.startsWith(deployFolder) ? path : null;
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            return null;
        }
    }

    private Map<String, Object> json(BundleCatalog.BundleEntry bundle) {
        return Json.object("id", bundle.id(), "symbolicName", bundle.symbolicName(), "name", bundle.name(),
                "version", bundle.version(), "state", bundle.state(), "location", bundle.location(),
                "plugin", bundle.plugin(), "removable", removableFile(bundle) != null);
    }
}
