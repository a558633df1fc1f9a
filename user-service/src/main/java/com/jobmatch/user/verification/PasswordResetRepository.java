package com.jobmatch.user.verification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PasswordResetRepository implements PanacheRepositoryBase<PasswordReset, UUID> {

    public Optional<PasswordReset> findByHashForUpdate(String tokenHash) {
        return find("tokenHash", tokenHash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Only the newest link works: older unused ones are spent when a new one is sent or one is used. */
    public void spendOpenTokens(UUID userId, Instant now) {
        update("usedAt = ?1 where userId = ?2 and usedAt is null", now, userId);
    }
}
