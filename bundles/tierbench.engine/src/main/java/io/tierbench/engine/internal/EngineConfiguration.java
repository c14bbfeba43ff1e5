package io.tierbench.engine.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the classification engine, PID {@value ClassificationEngine#PID}: which installed classifiers
 * runs leave out, so a client profile can switch off a method the client does not use without uninstalling its
 * bundle.
 */
@ObjectClassDefinition(name = "Tierbench classification engine",
        description = "Which installed classifiers a run uses. Changes apply to the next run.")
public @interface EngineConfiguration {

    @AttributeDefinition(name = "Disabled classifiers",
            description = "Ids of installed classifiers that runs leave out, separated by ';' or ',', e.g. "
                    + "'satisfaction; clv'. Empty: every installed classifier runs. A tier policy must not read a "
                    + "disabled classifier's labels.")
    String classifiers_disabled() default "";
}
