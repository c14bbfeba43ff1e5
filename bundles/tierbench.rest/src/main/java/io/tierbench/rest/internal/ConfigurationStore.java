package io.tierbench.rest.internal;

import java.util.Map;

/** Configurations as Configuration Admin holds them; the production implementation is {@link ConfigAdminStore}. */
interface ConfigurationStore {

    /**
     * @param pid a configuration PID
     * @return its properties as stored, framework keys ({@code service.pid}, {@code felix.fileinstall.filename})
     *         included; empty when the PID has no configuration
     */
    Map<String, Object> properties(String pid);

    /**
     * Replaces the configuration's properties as a whole, creating the configuration when there is none.
     *
     * @param pid a configuration PID
     * @param properties every property the configuration is to have
     */
    void update(String pid, Map<String, Object> properties);
}
