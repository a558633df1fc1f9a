package com.jobmatch.user.tokens;

import com.jobmatch.common.security.revocation.RevokedTokens;
import com.jobmatch.contract.api.Revocation;
import com.jobmatch.contract.api.TokenRevocations;
import com.jobmatch.user.config.JwtConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The revocation feed every service reads (platform-common's {@link RevokedTokens} polls it): sessions ended and
 * accounts disabled within the last access-token lifetime. Recorded in the transaction that ends the session or
 * disables the account; this instance refuses the tokens as soon as that transaction commits, the others (and the
 * other services) at their next read.
 */
@ApplicationScoped
public class Revocations {

    /**
     * Each read goes back this far before its cursor, so that a revocation whose transaction committed after an
     * earlier read (with a revocation time before that read) is still delivered.
     */
    static final Duration READ_OVERLAP = Duration.ofSeconds(30);
    /** Tokens are accepted up to this long past their expiry (the verifiers' clock skew). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final TokenRevocationRepository revocations;
    private final JwtConfig jwt;
    private final RevokedTokens local;
    private final Event<TokenRevocation> recorded;

    public Revocations(TokenRevocationRepository revocations, JwtConfig jwt, RevokedTokens local,
                       Event<TokenRevocation> recorded) {
        this.revocations = revocations;
        this.jwt = jwt;
        this.local = local;
        this.recorded = recorded;
    }

    /** Within the caller's transaction. */
    public void sessionEnded(UUID sessionId, Instant at) {
        record(TokenRevocation.of(TokenRevocation.SESSION, sessionId, at));
    }

    /** Within the caller's transaction: the account's tokens issued until now are refused. */
    public void accountDisabled(UUID userId, Instant at) {
        record(TokenRevocation.of(TokenRevocation.USER, userId, at));
    }

    @Transactional
    public TokenRevocations since(Instant since) {
        Instant now = Instant.now();
        Instant oldestThatMatters = now.minus(retention());
        Instant from = since == null || since.minus(READ_OVERLAP).isBefore(oldestThatMatters)
                ? oldestThatMatters : since.minus(READ_OVERLAP);
        List<TokenRevocation> rows = revocations.revokedAfter(from);
        return new TokenRevocations(now, retention().toSeconds(),
                rows.stream().filter(r -> TokenRevocation.SESSION.equals(r.kind)).map(Revocations::entry).toList(),
                rows.stream().filter(r -> TokenRevocation.USER.equals(r.kind)).map(Revocations::entry).toList());
    }

    /** Deletes the rows no live token can match any more. */
    @Transactional
    public long purge(Instant now) {
        return revocations.deleteRevokedBefore(now.minus(retention()));
    }

    void applyLocally(@Observes(during = TransactionPhase.AFTER_SUCCESS) TokenRevocation revocation) {
        if (TokenRevocation.SESSION.equals(revocation.kind)) {
            local.revokeSession(revocation.subjectId, revocation.revokedAt);
        } else {
            local.revokeUser(revocation.subjectId, revocation.revokedAt);
        }
    }

    /** How long a revocation matters: until every token issued before it has expired. */
    private Duration retention() {
        return jwt.accessTokenLifetime().plus(CLOCK_SKEW);
    }

    private void record(TokenRevocation revocation) {
        revocations.persist(revocation);
        recorded.fire(revocation);
    }

    private static Revocation entry(TokenRevocation row) {
        return new Revocation(row.subjectId, row.revokedAt);
    }
}
