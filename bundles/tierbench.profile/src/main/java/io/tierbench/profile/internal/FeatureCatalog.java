package io.tierbench.profile.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The Karaf features Tierbench's defaults come from, as much of them as the profile service needs. */
interface FeatureCatalog {

    /** The feature whose configuration files are core's defaults. */
    String CORE = "tierbench-core";

    /** The name every edition's feature starts with. */
    String EDITION_PREFIX = "tierbench-edition-";

    /**
     * @param name the feature's name
     * @param version its version
     * @param configFiles its {@code <configfile>} entries, in document order
     * @param dependencies the names of the features it requires
     */
    record FeatureDescription(String name, String version, List<ConfigFile> configFiles, List<String> dependencies) {

        public FeatureDescription {
            configFiles = List.copyOf(configFiles);
            dependencies = List.copyOf(dependencies);
        }

        boolean isEdition() {
            return name.startsWith(EDITION_PREFIX);
        }
    }

    /**
     * @param finalname where Karaf writes it, e.g. {@code ${karaf.etc}/tierbench.tiering.cfg}
     * @param location where it is read from, e.g. {@code mvn:io.tierbench/tierbench-features/0.1.0/cfg/tiering}
     */
    record ConfigFile(String finalname, String location) {
    }

    /** @return the installed features */
    List<FeatureDescription> installed();

    /** @return the feature of that name, installed or not, preferring the installed one */
    Optional<FeatureDescription> feature(String name);

    /**
     * @return the bytes of a configuration file
     * @throws IOException when it cannot be read
     */
    byte[] read(String location) throws IOException;
}
