package io.tierbench.api.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Declares the service properties of a {@link ConfigurationValidator} component:
 *
 * <pre>
 * &#64;Component(service = ConfigurationValidator.class)
 * &#64;ConfigurationValidatorService(pid = "tierbench.tiering")
 * public class PolicyConfigurationValidator implements ConfigurationValidator { ... }
 * </pre>
 *
 * <p>The property is {@value #PID}: the PIDs (or factory PIDs) checked. A name ending in {@code *} is a prefix
 * ({@code tierbench.classifier.*}): such a validator checks every matching configuration but does not make a PID
 * known, while a full name also declares the PID as one Tierbench reads, so a profile may configure it.
 *
 * @since 1.0
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ConfigurationValidatorService {

    /** Prefix of the generated property names. */
    String PREFIX_ = "tierbench.config.validator.";

    /** Service property: the PIDs, factory PIDs or PID prefixes ending in {@code *} that the validator checks. */
    String PID = "tierbench.config.validator.pid";

    /** @return the PIDs, factory PIDs or prefixes ({@code tierbench.classifier.*}) checked */
    String[] pid();
}
