package com.jobmatch.user.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InvitationRepository implements PanacheRepositoryBase<Invitation, UUID> {

    public Optional<Invitation> findByHashForUpdate(String tokenHash) {
        return find("tokenHash", tokenHash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<Invitation> findInOrganization(UUID organizationId, UUID invitationId) {
        return find("organizationId = ?1 and id = ?2", organizationId, invitationId).firstResultOptional();
    }

    /** Invitations not yet accepted, revoked or expired, newest first. */
    public List<Invitation> pending(UUID organizationId, Instant now) {
        return list("organizationId = ?1 and acceptedAt is null and revokedAt is null and expiresAt > ?2",
                Sort.descending("createdAt").and("id"), organizationId, now);
    }

    /** A new invitation to the same address replaces the open ones: only the newest link works. */
    public int revokePending(UUID organizationId, String email, Instant now) {
        return update("revokedAt = ?1 where organizationId = ?2 and email = ?3 and acceptedAt is null and revokedAt is null",
                now, organizationId, email);
    }
}
