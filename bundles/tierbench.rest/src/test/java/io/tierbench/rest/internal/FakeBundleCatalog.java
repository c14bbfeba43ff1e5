package io.tierbench.rest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.jar.JarFile;

/**
 * A framework of five bundles: the system bundle (0), {@code tierbench.api} (12) and {@code tierbench.classifier.rfm}
 * (13) from Tierbench's features, {@code tierbench.lib.poi} (14) from a jar under {@code system/}, a real file outside
 * the plugins and deploy folders, and {@code acme.classifier} (40) from {@code deploy/acme.jar}, a real file. An
 * install reads the bundle's name and version from the jar at the location given, as the framework would; a bundle
 * named {@code broken.*} cannot start. Karaf's features: {@code tierbench-core}, unless switched off.
 */
final class FakeBundleCatalog implements BundleCatalog {

    final Map<Long, BundleEntry> bundles = new ConcurrentSkipListMap<>();
    final Path deployedJar;
    final Path systemJar;
    volatile boolean karaf = true;
    private final AtomicLong nextId = new AtomicLong(100);

    FakeBundleCatalog(Path deployFolder) {
        try {
            Files.createDirectories(deployFolder);
            deployedJar = Files.write(deployFolder.resolve("acme.jar"), new byte[] {1});
            Path system = Files.createDirectories(deployFolder.resolveSibling("system"));
            systemJar = Files.write(system.resolve("tierbench.lib.poi.jar"), new byte[] {2});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        add(new BundleEntry(0, "org.apache.felix.framework", "Apache Felix Framework", "7.0.5", "active",
                "System Bundle", false));
        add(new BundleEntry(12, "tierbench.api", "Tierbench API", "0.1.0.SNAPSHOT", "active",
                "mvn:io.tierbench/tierbench.api/0.1.0-SNAPSHOT", false));
        add(new BundleEntry(13, "tierbench.classifier.rfm", "Tierbench RFM", "0.1.0.SNAPSHOT", "active",
                "mvn:io.tierbench/tierbench.classifier.rfm/0.1.0-SNAPSHOT", true));
        add(new BundleEntry(14, "tierbench.lib.poi", "Tierbench POI", "5.5.1", "active", systemJar.toUri().toString(),
                false));
        add(new BundleEntry(40, "acme.classifier", "Acme", "1.0.0", "active", deployedJar.toUri().toString(), true));
    }

    private void add(BundleEntry bundle) {
        bundles.put(bundle.id(), bundle);
    }

    @Override
    public List<BundleEntry> bundles() {
        return List.copyOf(bundles.values());
    }

    @Override
    public Optional<BundleEntry> bundle(long id) {
        return Optional.ofNullable(bundles.get(id));
    }

    @Override
    public Optional<List<FeatureEntry>> installedFeatures() {
        return karaf ? Optional.of(List.of(new FeatureEntry("tierbench-core", "0.1.0.SNAPSHOT"))) : Optional.empty();
    }

    @Override
    public BundleEntry installAndStart(String location, Path jar) {
        if (!location.equals(jar.toUri().toString())) {
            throw new IllegalStateException("location " + location + " is not the jar " + jar);
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            String name = file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName").split(";")[0];
            String version = file.getManifest().getMainAttributes().getValue("Bundle-Version");
            if (name.startsWith("broken.")) {
                throw new PluginRejected("Unable to resolve " + name + ": missing requirement osgi.wiring.package "
                        + "org.example.missing", null);
            }
            BundleEntry bundle = new BundleEntry(nextId.getAndIncrement(), name, name, version, "active", location,
                    true);
            add(bundle);
            return bundle;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public BundleEntry uninstall(long id) {
        BundleEntry removed = bundles.remove(id);
        return new BundleEntry(removed.id(), removed.symbolicName(), removed.name(), removed.version(), "uninstalled",
                removed.location(), removed.plugin());
    }
}
