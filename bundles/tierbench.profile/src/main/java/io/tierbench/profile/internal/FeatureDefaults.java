package io.tierbench.profile.internal;

import io.tierbench.api.config.Edition;
import io.tierbench.profile.internal.FeatureCatalog.ConfigFile;
import io.tierbench.profile.internal.FeatureCatalog.FeatureDescription;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The default configuration files of the installed edition: the configfiles of the installed
 * {@code tierbench-edition-*} feature and of every feature it requires (its own win, as Karaf writes them over
 * core's), else those of {@code tierbench-core} and the features it requires.
 */
final class FeatureDefaults {

    private static final String ETC = "${karaf.etc}/";

    private FeatureDefaults() {
    }

    /**
     * @param edition the edition the defaults are of
     * @param files per PID, the default file
     */
    record Defaults(Edition edition, Map<String, DefaultFile> files) {

        Defaults {
            files = Map.copyOf(files);
        }

        Optional<DefaultFile> of(String pid) {
            return Optional.ofNullable(files.get(pid));
        }
    }

    /** @param location where the file was read from; {@code text} its content, UTF-8 */
    record DefaultFile(String pid, String finalname, String location, String text) {
    }

    /**
     * @throws IllegalStateException when neither an edition nor {@code tierbench-core} is installed
     * @throws UncheckedIOException when a default file cannot be read
     */
    static Defaults of(FeatureCatalog catalog) {
        List<FeatureDescription> installed = catalog.installed();
        List<FeatureDescription> editions = installed.stream().filter(FeatureDescription::isEdition)
                .sorted(Comparator.comparing(FeatureDescription::name)).toList();
        List<String> notes = new ArrayList<>();
        FeatureDescription base;
        if (editions.isEmpty()) {
            base = installed.stream().filter(f -> f.name().equals(FeatureCatalog.CORE)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("neither an edition (" + FeatureCatalog.EDITION_PREFIX
                            + "*) nor " + FeatureCatalog.CORE + " is installed: there are no defaults to change"));
        } else {
            base = editions.get(0);
            if (editions.size() > 1) {
                notes.add("several editions are installed (" + String.join(", ", editions.stream()
                        .map(FeatureDescription::name).toList()) + "); the defaults are " + base.name()
                        + "'s, and the files of the others may have overwritten some of them");
            }
        }
        Map<String, DefaultFile> files = new TreeMap<>();
        etcConfigFiles(catalog, base.name()).forEach((finalname, file) -> {
            String pid = finalname.substring(ETC.length(), finalname.length() - ".cfg".length());
            files.put(pid, new DefaultFile(pid, finalname, file.location(), text(catalog, file.location())));
        });
        return new Defaults(new Edition(base.name(), base.version(), notes), files);
    }

    /**
     * @return the {@code .cfg} configfiles written into {@code etc/} by the feature and the features it requires,
     *         by finalname; where two write the same file, the requiring feature's wins
     */
    static Map<String, ConfigFile> etcConfigFiles(FeatureCatalog catalog, String feature) {
        Map<String, ConfigFile> files = new LinkedHashMap<>();
        collect(catalog, feature, files, new HashSet<>());
        files.keySet().removeIf(finalname -> !finalname.startsWith(ETC) || !finalname.endsWith(".cfg")
                || finalname.indexOf('/', ETC.length()) >= 0);
        return files;
    }

    private static void collect(FeatureCatalog catalog, String name, Map<String, ConfigFile> files, Set<String> seen) {
        if (!seen.add(name)) {
            return;
        }
        Optional<FeatureDescription> feature = catalog.feature(name);
        if (feature.isEmpty()) {
            return;
        }
        feature.get().dependencies().forEach(dependency -> collect(catalog, dependency, files, seen));
        feature.get().configFiles().forEach(file -> files.put(file.finalname(), file));
    }

    private static String text(FeatureCatalog catalog, String location) {
        try {
            return new String(catalog.read(location), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the default configuration file " + location, e);
        }
    }
}
