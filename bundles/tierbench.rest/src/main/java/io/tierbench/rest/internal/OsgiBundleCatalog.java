package io.tierbench.rest.internal;

import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.importer.Importer;
import io.tierbench.api.report.ReportGenerator;
import io.tierbench.api.workbench.CustomerColumn;
import io.tierbench.api.workbench.WorkbenchCommand;
import io.tierbench.api.workbench.WorkbenchView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/** The bundles of the running framework, and Karaf's features when its features service is there. */
final class OsgiBundleCatalog implements BundleCatalog {

    /** The services that make a bundle a Tierbench plugin. */
    private static final Set<String> PLUGIN_SERVICES = Set.of(Classifier.class.getName(), Importer.class.getName(),
            ReportGenerator.class.getName(), WorkbenchView.class.getName(), CustomerColumn.class.getName(),
            WorkbenchCommand.class.getName());

    private final BundleContext context;
    private final Supplier<InstalledFeatures> features;

    /** @param features Karaf's features, {@code null} inside while not there */
    OsgiBundleCatalog(BundleContext context, Supplier<InstalledFeatures> features) {
        this.context = context;
        this.features = features;
    }

    @Override
    public List<BundleEntry> bundles() {
        return Arrays.stream(context.getBundles()).map(OsgiBundleCatalog::entry).toList();
    }

    @Override
    public Optional<BundleEntry> bundle(long id) {
        return Optional.ofNullable(context.getBundle(id)).map(OsgiBundleCatalog::entry);
    }

    @Override
    public Optional<List<FeatureEntry>> installedFeatures() {
        InstalledFeatures installed = features.get();
        return installed == null ? Optional.empty() : Optional.of(installed.installed());
    }

    @Override
    public BundleEntry installAndStart(String location, Path jar) {
        Bundle bundle;
        try (InputStream in = Files.newInputStream(jar)) {
            bundle = context.installBundle(location, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        } catch (BundleException e) {
            throw new PluginRejected("the framework refused to install it: " + e.getMessage(), e);
        }
        try {
            bundle.start();
        } catch (BundleException e) {
            try {
                bundle.uninstall();
            } catch (BundleException uninstall) {
                e.addSuppressed(uninstall);
            }
            throw new PluginRejected("installed but it cannot start, so it was uninstalled again: "
                    + e.getMessage(), e);
        }
        return entry(bundle);
    }

    @Override
    public BundleEntry uninstall(long id) {
        Bundle bundle = context.getBundle(id);
        if (bundle == null) {
            throw Problem.notFound("no bundle with id " + id);
        }
        BundleEntry before = entry(bundle);
        try {
            bundle.uninstall();
        } catch (BundleException e) {
            throw new IllegalStateException("cannot uninstall bundle " + id + ": " + e.getMessage(), e);
        }
        return new BundleEntry(before.id(), before.symbolicName(), before.name(), before.version(), "uninstalled",
                before.location(), before.plugin());
    }

    static BundleEntry entry(Bundle bundle) {
        return new BundleEntry(bundle.getBundleId(), bundle.getSymbolicName(),
                bundle.getHeaders("").get(Constants.BUNDLE_NAME), bundle.getVersion().toString(),
                state(bundle.getState()), bundle.getLocation(), isPlugin(bundle));
    }

    private static boolean isPlugin(Bundle bundle) {
        ServiceReference<?>[] registered = bundle.getRegisteredServices();
        if (registered == null) {
            return false;
        }
        for (ServiceReference<?> reference : registered) {
            Object classes = reference.getProperty(Constants.OBJECTCLASS);
            if (classes instanceof String[] names && Arrays.stream(names).anyMatch(PLUGIN_SERVICES::contains)) {
                return true;
            }
        }
        return false;
    }

    static String state(int state) {
        return switch (state) {
            case Bundle.UNINSTALLED -> "uninstalled";
            case Bundle.INSTALLED -> "installed";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            case Bundle.ACTIVE -> "active";
            default -> "unknown";
        };
    }
}
