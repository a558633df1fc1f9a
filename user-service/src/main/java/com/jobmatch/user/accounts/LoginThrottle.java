package com.jobmatch.user.accounts;

import com.jobmatch.user.config.LoginThrottleConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/**
 * Refuses logins for an account or a client address after too many recent failures. Counts come
 * from the login_attempts table, so the limits hold across restarts and instances.
 */
@ApplicationScoped
public class LoginThrottle {

    private final LoginThrottleConfig config;
    private final LoginAttemptRepository attempts;

    public LoginThrottle(LoginThrottleConfig config, LoginAttemptRepository attempts) {
        this.config = config;
        this.attempts = attempts;
    }

    /** Throws 429 (Retry-After: the window, an upper bound) when the account or the address has used up its failures for the window. */
    public void checkAllowed(String email, String ipAddress) {
        Instant windowStart = Instant.now().minus(config.window());
        Instant lastSuccess = attempts.lastSuccessForEmail(email);
        Instant accountSince = lastSuccess.isAfter(windowStart) ? lastSuccess : windowStart;
        if (attempts.failuresForEmailSince(email, accountSince) >= config.maxFailuresPerAccount()
                || attempts.failuresForAddressSince(ipAddress, windowStart) >= config.maxFailuresPerAddress()) {
            throw new LoginThrottled(config.window());
        }
    }

    public void record(String email, String ipAddress, boolean succeeded) {
        LoginAttempt attempt = new LoginAttempt();
        attempt.email = email;
        attempt.ipAddress = ipAddress;
        attempt.succeeded = succeeded;
        QuarkusTransaction.requiringNew().run(() -> attempts.persist(attempt));
    }
}
