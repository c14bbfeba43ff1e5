package io.tierbench.rest.internal;

import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

/**
 * Checks passwords against a JAAS realm, by default Karaf's {@code karaf} realm ({@code etc/users.properties} unless
 * the realm is configured otherwise), and turns the realm's role principals into workbench roles by name.
 *
 * <p>Karaf's login modules are found through Karaf's own JAAS configuration, whose proxy module lives on the
 * launcher's class path. {@link LoginContext} loads login modules through the thread context class loader, which
 * on a Jetty thread is whatever the web container left there, so the login runs with this bundle's class loader as
 * context loader: it delegates {@code org.apache.karaf.jaas.boot} to the framework, which exports it.
 */
final class JaasAuthenticator implements Authenticator {

    private final String realm;
    private final Set<String> rolePrincipalClasses;
    private final Map<Role, List<String>> realmRolesByRole;

    /**
     * @param realm the JAAS realm, e.g. {@code karaf}
     * @param rolePrincipalClasses class names of the principals that carry role names
     * @param realmRolesByRole for each workbench role, the realm roles that grant it
     */
    JaasAuthenticator(String realm, Set<String> rolePrincipalClasses, Map<Role, List<String>> realmRolesByRole) {
        this.realm = realm;
        this.rolePrincipalClasses = Set.copyOf(rolePrincipalClasses);
        this.realmRolesByRole = Map.copyOf(realmRolesByRole);
    }

    @Override
    public Optional<AuthenticatedUser> authenticate(String username, char[] password) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(JaasAuthenticator.class.getClassLoader());
        try {
            LoginContext login = new LoginContext(realm, new Subject(), callbacks -> answer(callbacks, username,
                    password));
            login.login();
            Set<Role> roles = rolesOf(login.getSubject().getPrincipals());
            login.logout();
            return Optional.of(new AuthenticatedUser(username, roles));
        } catch (LoginException e) {
            return Optional.empty();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** @return the workbench roles the principals' role names grant */
    Set<Role> rolesOf(Set<Principal> principals) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Principal principal : principals) {
            if (rolePrincipalClasses.contains(principal.getClass().getName())) {
                realmRolesByRole.forEach((role, realmRoles) -> {
                    if (realmRoles.contains(principal.getName())) {
                        roles.add(role);
                    }
                });
            }
        }
        return roles;
    }

    private static void answer(Callback[] callbacks, String username, char[] password)
            throws UnsupportedCallbackException {
        for (Callback callback : callbacks) {
            if (callback instanceof NameCallback name) {
                name.setName(username);
            } else if (callback instanceof PasswordCallback passwordCallback) {
                passwordCallback.setPassword(password);
            } else {
                throw new UnsupportedCallbackException(callback);
            }
        }
    }
}
