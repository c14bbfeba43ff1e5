package io.tierbench.rest.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The sessions of logged-in users, in memory: a session not used for the idle time is gone, and so are all of them
 * when the bundle restarts (users log in again). Expired sessions are swept whenever a session is created.
 *
 * <p>A component of its own, registered under this bundle-private type, so that the API's servlet and the servlet of
 * the views' files check the same sessions.
 */
@Component(service = SessionStore.class, configurationPid = RestApiServlet.PID)
public final class SessionStore {

    private static final int RANDOM_BYTES = 32;

    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration idleTimeout;

    private record Entry(Session session, Instant lastUsed) {
    }

    @Activate
    public SessionStore(RestConfiguration configuration) {
        this(Clock.systemUTC(), Duration.ofMinutes(configuration.session_idle_minutes()));
    }

    SessionStore(Clock clock, Duration idleTimeout) {
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    Session create(AuthenticatedUser user) {
        Instant now = clock.instant();
        sessions.values().removeIf(entry -> expired(entry, now));
        Session session = new Session(randomToken(), user, randomToken(), now);
        sessions.put(session.id(), new Entry(session, now));
        return session;
    }

    /** @return the session, now marked used, or empty when unknown or idle too long */
    Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Entry entry = sessions.computeIfPresent(id, (key, found) -> expired(found, now) ? null
                : new Entry(found.session(), now));
        return entry == null ? Optional.empty() : Optional.of(entry.session());
    }

    void remove(String id) {
        sessions.remove(id);
    }

    /** @return the idle time after which a session ends */
    Duration idleTimeout() {
        return idleTimeout;
    }

    private boolean expired(Entry entry, Instant now) {
        return entry.lastUsed().plus(idleTimeout).isBefore(now);
    }

    private String randomToken() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
