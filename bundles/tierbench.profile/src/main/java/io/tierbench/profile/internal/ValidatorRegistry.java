package io.tierbench.profile.internal;

import io.tierbench.api.config.ConfigurationValidator;
import java.util.List;

/** The configuration validators registered right now. */
interface ValidatorRegistry {

    /** A validator with a name for messages (its component or class). */
    record NamedValidator(String name, ConfigurationValidator validator) {
    }

    /** @return the validators that check the PID or factory PID, by name or by prefix */
    List<NamedValidator> validatorsFor(String definitionPid);

    /** @return whether a validator names the PID or factory PID in full, which makes it one Tierbench reads */
    boolean claims(String definitionPid);
}
