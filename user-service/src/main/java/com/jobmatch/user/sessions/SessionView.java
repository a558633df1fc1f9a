package com.jobmatch.user.sessions;


import java.time.Instant;
import java.util.UUID;

/** {@code current} marks the session of the token making the request. */
public record SessionView(UUID id, String ipAddress, String userAgent, Instant createdAt, Instant lastSeenAt,
                          Instant expiresAt, boolean current) {

    static SessionView of(UserSession session, String currentSessionId) {
        return new SessionView(session.id, session.ipAddress, session.userAgent, session.createdAt,
                session.lastSeenAt, session.expiresAt, session.id.toString().equals(currentSessionId));
    }
}
