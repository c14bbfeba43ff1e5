package io.tierbench.rest.internal;

import java.util.Optional;

/** Checks a user name and password; the production implementation asks the Karaf JAAS realm. */
interface Authenticator {

    /**
     * @param username the login name
     * @param password the password; the caller clears it afterwards
     * @return the user with its workbench roles, or empty when the name or password is wrong
     */
    Optional<AuthenticatedUser> authenticate(String username, char[] password);
}
