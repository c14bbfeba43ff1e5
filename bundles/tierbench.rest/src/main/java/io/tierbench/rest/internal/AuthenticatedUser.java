package io.tierbench.rest.internal;

import java.util.Objects;
import java.util.Set;

/**
 * A user whose password was checked, with the workbench roles the realm gave it.
 *
 * @param name the login name
 * @param roles the workbench roles; empty when the realm knows the user but gives it no workbench role
 */
record AuthenticatedUser(String name, Set<Role> roles) {

    AuthenticatedUser {
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
    }

    /** @return whether the user may do what {@code required} allows */
    boolean may(Role required) {
        return roles.stream().anyMatch(role -> role.includes(required));
    }

    /** @return whether personal data must be masked for this user: viewers see it masked */
    boolean seesMaskedData() {
        return !may(Role.ANALYST);
    }
}
