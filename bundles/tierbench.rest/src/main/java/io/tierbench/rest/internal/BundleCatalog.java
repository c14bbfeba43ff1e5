package io.tierbench.rest.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The framework's bundles and Karaf's features; the production implementation is {@link OsgiBundleCatalog}. */
interface BundleCatalog {

    /** @return every bundle, by id */
    List<BundleEntry> bundles();

    /** @return the bundle, or empty when there is none with the id */
    Optional<BundleEntry> bundle(long id);

    /** @return the installed features, or empty when Karaf's features service is not there */
    Optional<List<FeatureEntry>> installedFeatures();

    /**
     * Installs a bundle from a jar and starts it; a bundle that cannot start is uninstalled again.
     *
     * @param location the bundle location to install under
     * @param jar the jar
     * @return the started bundle
     * @throws PluginRejected when the framework refuses to install or start it, with the framework's reason
     */
    BundleEntry installAndStart(String location, Path jar);

    /**
     * @param id a bundle id
     * @return the bundle as it was, now uninstalled
     */
    BundleEntry uninstall(long id);

    /**
     * A bundle.
     *
     * @param state lower case: installed, resolved, starting, stopping, active, uninstalled
     * @param location where it was installed from, e.g. {@code mvn:...} or {@code file:/.../deploy/x.jar}
     * @param plugin whether it provides a classifier, importer, report generator or workbench contribution
     */
    record BundleEntry(long id, String symbolicName, String name, String version, String state, String location,
            boolean plugin) {
    }

    /** An installed Karaf feature. */
    record FeatureEntry(String name, String version) {
    }

    /** The framework would not install or start a bundle. */
    final class PluginRejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PluginRejected(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
