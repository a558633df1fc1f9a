package com.jobmatch.user.sessions;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<UserSession, UUID> {

    public List<UserSession> activeSessions(UUID userId, Instant now) {
        return list("userId = ?1 and revokedAt is null and expiresAt > ?2 order by lastSeenAt desc", userId, now);
    }

    /** One page of the user's open sessions, the most recently used first. */
    public List<UserSession> activeSessions(UUID userId, Instant now, int page, int size) {
        return find("userId = ?1 and revokedAt is null and expiresAt > ?2 order by lastSeenAt desc, id", userId, now)
                .page(page, size).list();
    }

    public long countActive(UUID userId, Instant now) {
        return count("userId = ?1 and revokedAt is null and expiresAt > ?2", userId, now);
    }

    /** Revokes every open session of the user and their refresh tokens; returns the ids of the sessions that ended. */
    @SuppressWarnings("unchecked")
    public List<UUID> revokeAll(UUID userId, Instant now, String reason) {
        getEntityManager().flush();
        getEntityManager().createQuery("update RefreshToken set revokedAt = ?1 where userId = ?2 and revokedAt is null")
                .setParameter(1, now).setParameter(2, userId).executeUpdate();
        // One statement reads and revokes, so a session opened meanwhile is either both or neither.
        List<UUID> ended = getEntityManager().createNativeQuery("""
                        UPDATE user_sessions SET revoked_at = ?1, revoked_reason = ?2
                        WHERE user_id = ?3 AND revoked_at IS NULL RETURNING id""", UUID.class)
                .setParameter(1, now).setParameter(2, reason).setParameter(3, userId).getResultList();
        return ended;
    }

    public void revoke(UserSession session, Instant now, String reason) {
        session.revoke(now, reason);
        getEntityManager().createQuery("update RefreshToken set revokedAt = ?1 where sessionId = ?2 and revokedAt is null")
                .setParameter(1, now).setParameter(2, session.id).executeUpdate();
    }
}
