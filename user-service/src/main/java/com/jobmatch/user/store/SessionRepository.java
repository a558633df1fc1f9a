package com.jobmatch.user.store;

import com.jobmatch.user.domain.UserSession;
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

    /** Revokes every open session of the user and their refresh tokens; returns how many sessions ended. */
    public int revokeAll(UUID userId, Instant now, String reason) {
        getEntityManager().createQuery("update RefreshToken set revokedAt = ?1 where userId = ?2 and revokedAt is null")
                .setParameter(1, now).setParameter(2, userId).executeUpdate();
        return update("revokedAt = ?1, revokedReason = ?2 where userId = ?3 and revokedAt is null", now, reason, userId);
    }

    public void revoke(UserSession session, Instant now, String reason) {
        session.revoke(now, reason);
        getEntityManager().createQuery("update RefreshToken set revokedAt = ?1 where sessionId = ?2 and revokedAt is null")
                .setParameter(1, now).setParameter(2, session.id).executeUpdate();
    }
}
