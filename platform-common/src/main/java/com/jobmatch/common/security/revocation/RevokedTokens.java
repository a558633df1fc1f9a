package com.jobmatch.common.security.revocation;

import com.jobmatch.contract.api.Revocation;
import com.jobmatch.contract.api.TokenRevocations;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tokens this service refuses although their signature and expiry are fine: those of ended sessions
 * ({@code sid}) and those issued to an account before it was disabled ({@code sub}, {@code iat}). Filled by reading
 * the revocation feed every few seconds; an entry is forgotten once every token it could refuse has expired, so the
 * list stays as small as the revocations of one access-token lifetime.
 */
@ApplicationScoped
public class RevokedTokens {

    private static final Logger LOG = Logger.getLogger(RevokedTokens.class);
    /** Until the feed says how long access tokens live: user-service's default (15 min) and the verifier's clock skew. */
    private static final Duration DEFAULT_RETAIN = Duration.ofMinutes(16);
    /** Tokens are accepted up to this long past their expiry (smallrye-jwt's default clock skew). */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final RevocationConfig config;
    private final RevocationFeed feed;
    private final Clock clock = Clock.systemUTC();
    private final Map<UUID, Instant> sessions = new ConcurrentHashMap<>();
    private final Map<UUID, Instant> users = new ConcurrentHashMap<>();
    private final Instant started = clock.instant();
    private volatile Instant cursor;
    private volatile Instant lastRead;
    private volatile Duration retain = DEFAULT_RETAIN;
    private volatile boolean staleReported;

    public RevokedTokens(RevocationConfig config, RevocationFeed feed) {
        this.config = config;
        this.feed = feed;
    }

    @Scheduled(identity = "token-revocations", every = "${jobmatch.revocation.poll-every:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (!config.enabled()) {
            return;
        }
        Optional<TokenRevocations> page = feed.since(cursor);
        if (page.isPresent()) {
            apply(page.get());
        } else {
            reportIfStale();
        }
        forgetExpired();
    }

    /** Adds one page of the feed and moves the cursor to it. */
    public void apply(TokenRevocations page) {
        if (page.retainSeconds() > 0) {
            retain = Duration.ofSeconds(page.retainSeconds()).plus(CLOCK_SKEW);
        }
        page.sessions().forEach(entry -> revokeSession(entry.id(), entry.revokedAt()));
        page.users().forEach(entry -> revokeUser(entry.id(), entry.revokedAt()));
        if (page.asOf() != null) {
            cursor = page.asOf();
        }
        lastRead = clock.instant();
        if (staleReported) {
            staleReported = false;
            LOG.info("Token revocation feed read again");
        }
    }

    /** Refuses every token of this session from now on. */
    public void revokeSession(UUID sessionId, Instant revokedAt) {
        if (sessionId != null && revokedAt != null) {
            sessions.merge(sessionId, revokedAt, RevokedTokens::later);
        }
    }

    /** Refuses the tokens of this user issued at or before {@code revokedAt}. */
    public void revokeUser(UUID userId, Instant revokedAt) {
        if (userId != null && revokedAt != null) {
            users.merge(userId, revokedAt, RevokedTokens::later);
        }
    }

    public boolean refuses(JsonWebToken token) {
        if (!config.enabled() || token == null) {
            return false;
        }
        UUID session = uuid(token.getClaim("sid"));
        if (session != null && sessions.containsKey(session)) {
            return true;
        }
        UUID user = uuid(token.getSubject());
        Instant disabledAt = user == null ? null : users.get(user);
        // iat has whole seconds: a token issued in the second of the revocation is refused too.
        return disabledAt != null && token.getIssuedAtTime() <= disabledAt.getEpochSecond();
    }

    private void forgetExpired() {
        Instant horizon = clock.instant().minus(retain);
        sessions.values().removeIf(at -> at.isBefore(horizon));
        users.values().removeIf(at -> at.isBefore(horizon));
    }

    private void reportIfStale() {
        Instant since = lastRead == null ? started : lastRead;
        if (!staleReported && Duration.between(since, clock.instant()).compareTo(config.staleAfter()) > 0) {
            staleReported = true;
            LOG.warnf("Token revocation feed not read since %s: tokens revoked since then are still accepted here", since);
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static UUID uuid(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
