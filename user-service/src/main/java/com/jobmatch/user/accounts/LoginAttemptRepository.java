package com.jobmatch.user.accounts;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class LoginAttemptRepository implements PanacheRepositoryBase<LoginAttempt, UUID> {

    public long failuresForEmailSince(String email, Instant since) {
        return count("email = ?1 and succeeded = false and attemptedAt > ?2", email, since);
    }

    public long failuresForAddressSince(String ipAddress, Instant since) {
        return count("ipAddress = ?1 and succeeded = false and attemptedAt > ?2", ipAddress, since);
    }

    /** The latest successful login: failures before it no longer count against the account. */
    public Instant lastSuccessForEmail(String email) {
        return find("email = ?1 and succeeded = true order by attemptedAt desc", email)
                .firstResultOptional().map(attempt -> attempt.attemptedAt).orElse(Instant.EPOCH);
    }
}
