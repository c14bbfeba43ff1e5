package io.tierbench.api.config;

import java.util.List;

/**
 * The installed edition, whose configuration files are the defaults a profile changes.
 *
 * @param feature the edition's feature, e.g. {@code tierbench-edition-jade}, or {@code tierbench-core} when no
 *        edition is installed
 * @param version the feature's version
 * @param notes what deserves a look, e.g. several editions installed at once (the first by name is used)
 * @since 1.0
 */
public record Edition(String feature, String version, List<String> notes) {

    public Edition {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
