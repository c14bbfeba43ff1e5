package io.tierbench.rest.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.karaf.features.FeaturesService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The installed features as Karaf's features service lists them. */
@Component(service = InstalledFeatures.class)
public final class KarafFeatures implements InstalledFeatures {

    private final FeaturesService features;

    @Activate
    public KarafFeatures(@Reference FeaturesService features) {
        this.features = features;
    }

    @Override
    public List<BundleCatalog.FeatureEntry> installed() {
        try {
            return Arrays.stream(features.listInstalledFeatures())
                    .map(feature -> new BundleCatalog.FeatureEntry(feature.getName(), feature.getVersion()))
                    .sorted(Comparator.comparing(BundleCatalog.FeatureEntry::name))
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException("cannot list the installed features: " + e.getMessage(), e);
        }
    }
}
