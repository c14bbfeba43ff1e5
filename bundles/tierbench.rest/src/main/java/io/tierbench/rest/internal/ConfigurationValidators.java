package io.tierbench.rest.internal;

import java.util.List;
import java.util.Map;

/** The installed {@link io.tierbench.api.config.ConfigurationValidator}s of a PID, asked together. */
@FunctionalInterface
interface ConfigurationValidators {

    /**
     * @param pid the configuration PID
     * @param properties the whole configuration as it would be in force
     * @return every validator's messages, each naming its key; empty when all accept it
     */
    List<String> validate(String pid, Map<String, Object> properties);
}
