package io.tierbench.profile.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.karaf.features.ConfigFileInfo;
import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;

/** The features as Karaf's features service knows them; configuration files are read through their mvn: URLs. */
final class KarafFeatureCatalog implements FeatureCatalog {

    private final FeaturesService features;

    KarafFeatureCatalog(FeaturesService features) {
        this.features = features;
    }

    @Override
    public List<FeatureDescription> installed() {
        try {
            return Arrays.stream(features.listInstalledFeatures()).map(KarafFeatureCatalog::describe).toList();
        } catch (Exception e) {
            throw new IllegalStateException("cannot list the installed features: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<FeatureDescription> feature(String name) {
        try {
            Optional<Feature> installed = Arrays.stream(features.listInstalledFeatures())
                    .filter(feature -> feature.getName().equals(name)).findFirst();
            return installed.or(() -> Optional.ofNullable(latest(name))).map(KarafFeatureCatalog::describe);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read feature " + name + ": " + e.getMessage(), e);
        }
    }

    private Feature latest(String name) {
        try {
            return features.getFeature(name);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read feature " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] read(String location) throws IOException {
        try (InputStream in = new URL(location).openStream()) {
            return in.readAllBytes();
        }
    }

    static FeatureDescription describe(Feature feature) {
        List<ConfigFile> files = new ArrayList<>();
        for (ConfigFileInfo file : feature.getConfigurationFiles()) {
            files.add(new ConfigFile(etcRelative(file.getFinalname()), file.getLocation().strip()));
        }
        return new FeatureDescription(feature.getName(), feature.getVersion(), files,
                feature.getDependencies().stream().map(Dependency::getName).toList());
    }

    /** Karaf keeps finalnames as written ({@code ${karaf.etc}/x.cfg}); one already expanded is written back so. */
    static String etcRelative(String finalname) {
        String etc = System.getProperty("karaf.etc");
        String name = finalname.strip().replace('\\', '/');
        if (etc != null) {
            String prefix = etc.replace('\\', '/');
            prefix = prefix.endsWith("/") ? prefix : prefix + "/";
            if (name.startsWith(prefix)) {
                return "${karaf.etc}/" + name.substring(prefix.length());
            }
        }
        return name;
    }
}
