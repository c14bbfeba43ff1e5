package io.tierbench.profile.internal;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.features.DeploymentEvent;
import org.apache.karaf.features.DeploymentListener;
import org.apache.karaf.features.FeatureEvent;
import org.apache.karaf.features.FeaturesListener;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.features.RepositoryEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restores core's configuration when an edition feature is uninstalled ({@link EditionRestore}). The edition is noted
 * when Karaf reports it uninstalled, and its files are restored once the whole deployment has finished (after
 * {@code feature:uninstall -c} has deleted them), in the deployment's own thread, so the command returns with the
 * configuration already put back; FileInstall then hands the files to Configuration Admin.
 *
 * <p>The listeners are registered with the features service directly, as it does not pick deployment listeners up
 * from the service registry; the component publishes no service.
 */
@Component(immediate = true, service = {})
public final class EditionRestoreListener {

    private static final Logger LOG = LoggerFactory.getLogger(EditionRestoreListener.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final FeaturesService features;
    private final List<FeatureCatalog.FeatureDescription> uninstalled = new ArrayList<>();
    private final FeaturesListener featuresListener = new FeaturesListener() {
        @Override
        public void featureEvent(FeatureEvent event) {
            noted(event);
        }

        @Override
        public void repositoryEvent(RepositoryEvent event) {
            // repositories do not change configuration
        }
    };
    private final DeploymentListener deploymentListener = this::deployed;

    @Activate
    public EditionRestoreListener(@Reference(name = "features") FeaturesService features) {
        this.features = features;
        features.registerListener(featuresListener);
        features.registerListener(deploymentListener);
    }

    @Deactivate
    void close() {
        features.unregisterListener(deploymentListener);
        features.unregisterListener(featuresListener);
    }

    private void noted(FeatureEvent event) {
        if (event.getType() == FeatureEvent.EventType.FeatureUninstalled && !event.isReplay()
                && event.getFeature().getName().startsWith(FeatureCatalog.EDITION_PREFIX)) {
            synchronized (uninstalled) {
                uninstalled.add(KarafFeatureCatalog.describe(event.getFeature()));
            }
        }
    }

    private void deployed(DeploymentEvent event) {
        if (event != DeploymentEvent.DEPLOYMENT_FINISHED) {
            return;
        }
        List<FeatureCatalog.FeatureDescription> editions;
        synchronized (uninstalled) {
            editions = List.copyOf(uninstalled);
            uninstalled.clear();
        }
        for (FeatureCatalog.FeatureDescription edition : editions) {
            try {
                FeatureCatalog catalog = new KarafFeatureCatalog(features);
                EditionRestore restore = new EditionRestore(catalog, new ConfigDirectory(TierbenchPaths.etc()),
                        TierbenchPaths.profileData().resolve("backup"));
                List<String> log = restore.execute(edition.name(), EditionRestore.plan(edition, catalog.installed(),
                        catalog), STAMP.format(ZonedDateTime.now(ZoneOffset.UTC)));
                LOG.info("Edition {} uninstalled; configuration restored:{}", edition.name(),
                        log.isEmpty() ? " nothing to restore" : "\n  " + String.join("\n  ", log));
            } catch (RuntimeException e) {
                LOG.error("Edition {} uninstalled, but its configuration could not be restored: {}", edition.name(),
                        e.getMessage(), e);
            }
        }
    }
}
