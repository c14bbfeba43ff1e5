package io.tierbench.rest.internal;

import java.util.Collection;
import java.util.Locale;

/**
 * What a user may do, each role including the ones below it: a viewer reads (personal data masked), an analyst also
 * starts runs, imports and generates reports and sees personal data, an admin also changes configuration and plugins.
 */
enum Role {
    VIEWER,
    ANALYST,
    ADMIN;

    /** @return whether a user with this role may do what {@code required} allows */
    boolean includes(Role required) {
        return compareTo(required) >= 0;
    }

    /** @return the role name as the API writes it, e.g. {@code analyst} */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the highest of the roles, or {@code null} for none */
    static Role highest(Collection<Role> roles) {
        return roles.stream().max(Enum::compareTo).orElse(null);
    }
}
