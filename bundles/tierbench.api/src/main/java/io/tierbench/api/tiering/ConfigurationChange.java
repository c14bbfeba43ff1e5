package io.tierbench.api.tiering;

import java.util.Map;
import java.util.Objects;

/**
 * A configuration change to preview.
 *
 * @param pid the configuration PID: a classifier's (e.g. {@code tierbench.classifier.rfm}) or
 *        {@value TierPolicy#PID}
 * @param properties properties keyed and written as in the {@code .cfg} file
 * @param complete {@code true} when the properties are a whole configuration (e.g. a policy file), {@code false}
 *        when they change some properties of the current one and leave the others as they are
 * @since 1.0
 */
public record ConfigurationChange(String pid, Map<String, Object> properties, boolean complete) {

    public ConfigurationChange {
        Objects.requireNonNull(pid, "pid");
        properties = Map.copyOf(properties);
    }
}
