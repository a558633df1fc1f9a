package com.jobmatch.user.sessions;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.contract.api.Page;
import com.jobmatch.user.accounts.ClientInfo;
import com.jobmatch.user.accounts.User;
import com.jobmatch.user.accounts.UserRepository;
import com.jobmatch.user.audit.AuditEvent;
import com.jobmatch.user.audit.AuditLog;
import com.jobmatch.user.config.SessionConfig;
import com.jobmatch.user.organization.Memberships;
import com.jobmatch.user.tokens.Revocations;
import com.jobmatch.user.tokens.SecretTokens;
import com.jobmatch.user.tokens.TokenIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sessions and their refresh-token families. Each refresh rotates the token; presenting a rotated
 * token again means it was copied, so the whole session is revoked.
 */
@ApplicationScoped
public class SessionService {

    private static final String REUSED = "refresh-token-reuse";

    private final SessionConfig config;
    private final SessionRepository sessions;
    private final RefreshTokenRepository refreshTokens;
    private final UserRepository users;
    private final TokenIssuer issuer;
    private final AuditLog audit;
    private final Revocations revocations;
    private final Memberships memberships;

    public SessionService(SessionConfig config, SessionRepository sessions, RefreshTokenRepository refreshTokens,
                          UserRepository users, TokenIssuer issuer, AuditLog audit, Revocations revocations,
                          Memberships memberships) {
        this.memberships = memberships;
        this.config = config;
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.users = users;
        this.issuer = issuer;
        this.audit = audit;
        this.revocations = revocations;
    }

    @Transactional
    public IssuedTokens open(UUID userId, ClientInfo client) {
        Instant now = Instant.now();
        User user = users.findById(userId);
        user.lastLoginAt = now;
        UserSession session = new UserSession();
        session.userId = userId;
        session.ipAddress = client.ipAddress();
        session.userAgent = client.userAgent();
        session.lastSeenAt = now;
        session.expiresAt = now.plus(config.absoluteLifetime());
        sessions.persist(session);
        return issue(user, session, now);
    }

    /** Rotates a refresh token. Writes made before a refusal (revoking a stolen family) are kept. */
    @Transactional(dontRollbackOn = ProblemException.class)
    public IssuedTokens refresh(String rawToken, ClientInfo client) {
        Instant now = Instant.now();
        RefreshToken token = refreshTokens.findByHashForUpdate(SecretTokens.hash(rawToken))
                .orElseThrow(SessionService::invalidRefreshToken);
        UserSession session = sessions.findById(token.sessionId);
        if (token.rotatedAt != null) {
            if (session.revokedAt == null) {
                end(session, now, REUSED);
                audit.record(AuditEvent.Type.REFRESH_TOKEN_REUSED, token.userId, client,
                        "session " + session.id + " revoked");
            }
            throw invalidRefreshToken();
        }
        if (token.revokedAt != null || !now.isBefore(token.expiresAt) || !session.activeAt(now)) {
            throw invalidRefreshToken();
        }
        User user = users.findById(token.userId);
        if (!user.enabled) {
            end(session, now, "account-disabled");
            throw accountDisabled();
        }
        token.rotatedAt = now;
        session.lastSeenAt = now;
        session.ipAddress = client.ipAddress();
        return issue(user, session, now);
    }

    @Transactional
    public List<UserSession> active(UUID userId) {
        return sessions.activeSessions(userId, Instant.now());
    }

    /** One page of the user's open sessions as the API shows them, marking the one of this request. */
    @Transactional
    public Page<SessionView> activeViews(UUID userId, String currentSessionId, int page, int size) {
        Instant now = Instant.now();
        return new Page<>(sessions.activeSessions(userId, now, page, size).stream()
                .map(s -> SessionView.of(s, currentSessionId)).toList(), page, size, sessions.countActive(userId, now));
    }

    /** Ends one session of the user; someone else's session answers 404. */
    @Transactional
    public void revoke(UUID userId, UUID sessionId, String reason) {
        if (!revokeIfOwned(userId, sessionId, reason)) {
            throw ProblemException.notFound("Session");
        }
    }

    /** Ends the session if it is the user's; false when there is no such session of theirs. */
    @Transactional
    public boolean revokeIfOwned(UUID userId, UUID sessionId, String reason) {
        return sessions.findByIdOptional(sessionId)
                .filter(s -> s.userId.equals(userId))
                .map(session -> {
                    end(session, Instant.now(), reason);
                    return true;
                })
                .orElse(false);
    }

    @Transactional
    public int revokeAll(UUID userId, String reason) {
        Instant now = Instant.now();
        List<UUID> ended = sessions.revokeAll(userId, now, reason);
        ended.forEach(sessionId -> revocations.sessionEnded(sessionId, now));
        return ended.size();
    }

    /** Ends the session and its refresh tokens; its access tokens are refused by every service within seconds. */
    private void end(UserSession session, Instant now, String reason) {
        if (session.revokedAt == null) {
            revocations.sessionEnded(session.id, now);
        }
        sessions.revoke(session, now, reason);
    }

    public static ProblemException accountDisabled() {
        return new ProblemException(403, "Account disabled", "This account is disabled", List.of());
    }

    private IssuedTokens issue(User user, UserSession session, Instant now) {
        String raw = SecretTokens.newToken();
        RefreshToken next = new RefreshToken();
        next.sessionId = session.id;
        next.userId = user.id;
        next.tokenHash = SecretTokens.hash(raw);
        Instant idleExpiry = now.plus(config.refreshIdleLifetime());
        next.expiresAt = idleExpiry.isBefore(session.expiresAt) ? idleExpiry : session.expiresAt;
        refreshTokens.persist(next);
        return new IssuedTokens(issuer.userToken(user, session.id, memberships.of(user.id)), raw, issuer.accessTokenSeconds(), session.id);
    }

    private static ProblemException invalidRefreshToken() {
        return new ProblemException(401, "Unauthorized", "The refresh token is invalid, expired or revoked", List.of());
    }
}
