package io.tierbench.rest.internal;

import java.util.List;

/**
 * Karaf's installed features, as a service of this bundle's own: its implementation {@link KarafFeatures} is the one
 * class that needs Karaf's features API, so the API still works where that is missing.
 */
public interface InstalledFeatures {

    /** @return the installed features, by name */
    List<BundleCatalog.FeatureEntry> installed();
}
