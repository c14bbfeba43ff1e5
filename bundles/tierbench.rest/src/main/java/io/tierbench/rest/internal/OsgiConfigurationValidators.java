package io.tierbench.rest.internal;

import io.tierbench.api.config.ConfigurationValidator;
import io.tierbench.api.config.ConfigurationValidatorService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The validators registered now whose {@value ConfigurationValidatorService#PID} names the PID, exactly or by a
 * prefix ending in {@code *}; looked up at each check, so one installed meanwhile is asked at once.
 */
final class OsgiConfigurationValidators implements ConfigurationValidators {

    private final BundleContext context;

    OsgiConfigurationValidators(BundleContext context) {
        this.context = context;
    }

    @Override
    public List<String> validate(String pid, Map<String, Object> properties) {
        List<String> messages = new ArrayList<>();
        for (ServiceReference<ConfigurationValidator> reference : references()) {
            if (!checks(reference.getProperty(ConfigurationValidatorService.PID), pid)) {
                continue;
            }
            ConfigurationValidator validator = context.getService(reference);
            if (validator == null) {
                continue;
            }
            try {
                messages.addAll(validator.validate(pid, properties));
            } finally {
                context.ungetService(reference);
            }
        }
        return messages;
    }

    /** @return whether a validator's PID property names the PID, exactly or as a prefix ending in {@code *} */
    static boolean checks(Object property, String pid) {
        List<String> names = property instanceof String[] array ? Arrays.asList(array)
                : property instanceof Collection<?> collection ? collection.stream().map(String::valueOf).toList()
                : property == null ? List.of() : List.of(String.valueOf(property));
        return names.stream().anyMatch(name -> name.endsWith("*")
                ? pid.startsWith(name.substring(0, name.length() - 1)) : name.equals(pid));
    }

    private Collection<ServiceReference<ConfigurationValidator>> references() {
        try {
            return context.getServiceReferences(ConfigurationValidator.class,
                    "(" + ConfigurationValidatorService.PID + "=*)");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("the validator filter is invalid", e);
        }
    }
}
