package io.tierbench.rest.internal;

import java.time.Instant;

/**
 * A logged-in user's session, held only on the server; the browser holds only the id, in an {@code HttpOnly}
 * cookie.
 *
 * @param id 256 random bits, URL-safe Base64
 * @param user who logged in
 * @param csrfToken 256 random bits the browser must echo in {@code X-CSRF-Token} on every state-changing request
 * @param created when the user logged in
 */
record Session(String id, AuthenticatedUser user, String csrfToken, Instant created) {
}
