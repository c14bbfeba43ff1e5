package io.tierbench.rest.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Four users, each with its name followed by {@code -pw} as password: admin, analyst, viewer and nobody (no role). */
final class FakeAuthenticator implements Authenticator {

    private static final Map<String, Set<Role>> USERS = Map.of("admin", Set.of(Role.ADMIN),
            "analyst", Set.of(Role.ANALYST), "viewer", Set.of(Role.VIEWER), "nobody", Set.of());

    @Override
    public Optional<AuthenticatedUser> authenticate(String username, char[] password) {
        Set<Role> roles = USERS.get(username);
        if (roles == null || !new String(password).equals(username + "-pw")) {
            return Optional.empty();
        }
        return Optional.of(new AuthenticatedUser(username, roles));
    }
}
