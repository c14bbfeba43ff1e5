package io.tierbench.api.config;

import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Checks a configuration before it is written to {@code etc/}, so that a client profile is refused as a whole rather
 * than half-applied and then rejected by the component that reads it.
 *
 * <p>Register an implementation as an OSGi service with the properties of {@link ConfigurationValidatorService}
 * naming the PIDs it checks. The profile service looks validators up at every check, so one installed while the
 * runtime runs is used at once.
 *
 * <p>A validator is given the configuration as it would be in force: the edition's default file with the profile's
 * keys over it. It must not change anything, and must be safe to call from any thread.
 *
 * @since 1.0
 */
@ConsumerType
public interface ConfigurationValidator {

    /**
     * @param pid the configuration's PID as its file names it: {@code tierbench.tiering}, or for a factory
     *        configuration {@code <factoryPid>-<name>} (e.g. {@code tierbench.importer.mapping-acme})
     * @param properties the whole configuration: key as written in the {@code .cfg} file, value as Configuration
     *        Admin would receive it (usually text)
     * @return one message per problem, each naming its key and, where it applies, {@code (line L, column C)} within
     *         the value; empty when the configuration is valid. Never {@code null}.
     */
    List<String> validate(String pid, Map<String, Object> properties);
}
