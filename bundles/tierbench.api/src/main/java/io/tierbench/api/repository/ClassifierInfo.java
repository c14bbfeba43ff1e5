package io.tierbench.api.repository;

import java.util.Map;
import java.util.Objects;

/**
 * Identity and configuration of a classifier as it ran.
 *
 * @param id stable id
 * @param name human-readable name
 * @param version version
 * @param configuration effective configuration
 * @since 1.0
 */
public record ClassifierInfo(String id, String name, String version, Map<String, String> configuration) {

    public ClassifierInfo {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
        version = version == null ? "" : version;
        configuration = configuration == null ? Map.of() : Map.copyOf(configuration);
    }
}
