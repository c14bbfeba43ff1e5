package io.tierbench.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionStoreTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-06-30T08:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final SessionStore sessions = new SessionStore(clock, Duration.ofMinutes(30));
    private final AuthenticatedUser user = new AuthenticatedUser("viewer", Set.of(Role.VIEWER));

    @Test
    void aSessionUsedWithinTheIdleTimeStaysOpen() {
        Session session = sessions.create(user);
        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertEquals(session, sessions.find(session.id()).orElseThrow());
        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertTrue(sessions.find(session.id()).isPresent(), "each use restarts the idle time");
    }

    @Test
    void aSessionIdleLongerThanTheIdleTimeIsGone() {
        Session session = sessions.create(user);
        clock.now = clock.now.plus(Duration.ofMinutes(31));
        assertTrue(sessions.find(session.id()).isEmpty());
    }

    @Test
    void rolesIncludeTheOnesBelow() {
        assertTrue(new AuthenticatedUser("a", Set.of(Role.ADMIN)).may(Role.ANALYST));
        assertTrue(new AuthenticatedUser("a", Set.of(Role.ANALYST)).may(Role.VIEWER));
        assertEquals(false, new AuthenticatedUser("v", Set.of(Role.VIEWER)).may(Role.ANALYST));
        assertTrue(new AuthenticatedUser("v", Set.of(Role.VIEWER)).seesMaskedData());
        assertEquals(false, new AuthenticatedUser("a", Set.of(Role.ANALYST)).seesMaskedData());
    }
}
