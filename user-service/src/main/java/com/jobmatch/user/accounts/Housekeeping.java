package com.jobmatch.user.accounts;

import com.jobmatch.user.config.LoginThrottleConfig;
import com.jobmatch.user.sessions.RefreshTokenRepository;
import com.jobmatch.user.tokens.Revocations;
import com.jobmatch.user.verification.EmailVerificationRepository;
import com.jobmatch.user.verification.PasswordResetRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;

/**
 * Deletes rows that can no longer matter: login attempts older than the throttling window and
 * tokens a day past their expiry, token revocations no live token can match. Sessions and the audit log are kept
 * as history.
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);
    private static final Duration GRACE = Duration.ofDays(1);

    private final LoginThrottleConfig throttle;
    private final LoginAttemptRepository attempts;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordResetRepository resets;
    private final EmailVerificationRepository verifications;
    private final Revocations revocations;

    public Housekeeping(LoginThrottleConfig throttle, LoginAttemptRepository attempts,
                        RefreshTokenRepository refreshTokens, PasswordResetRepository resets,
                        EmailVerificationRepository verifications, Revocations revocations) {
        this.throttle = throttle;
        this.attempts = attempts;
        this.refreshTokens = refreshTokens;
        this.resets = resets;
        this.verifications = verifications;
        this.revocations = revocations;
    }

    @Scheduled(every = "${jobmatch.housekeeping.every:1h}", delayed = "1m")
    @Transactional
    void purge() {
        Instant now = Instant.now();
        Instant expiredBefore = now.minus(GRACE);
        long deleted = attempts.delete("attemptedAt < ?1", now.minus(throttle.window()))
                + refreshTokens.delete("expiresAt < ?1", expiredBefore)
                + resets.delete("expiresAt < ?1", expiredBefore)
                + verifications.delete("expiresAt < ?1", expiredBefore)
                + revocations.purge(now);
        LOG.debugf("Housekeeping deleted %d expired rows", deleted);
    }
}
