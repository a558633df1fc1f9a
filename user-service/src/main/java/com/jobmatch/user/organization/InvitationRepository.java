package com.jobmatch.user.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InvitationRepository implements PanacheRepositoryBase<Invitation, UUID> {

    public Optional<Invitation> findByHashForUpdate(String tokenHash) {
        return find("tokenHash", tokenHash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Locked as acceptance locks it, so a withdrawal and an acceptance at once are one after the other. */
    public Optional<Invitation> findInOrganizationForUpdate(UUID organizationId, UUID invitationId) {
        return find("organizationId = ?1 and id = ?2", organizationId, invitationId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** One page of the invitations not yet accepted, revoked or expired, newest first. */
    public PanacheQuery<Invitation> pending(UUID organizationId, Instant now, int page, int size) {
        return find("organizationId = ?1 and acceptedAt is null and revokedAt is null and expiresAt > ?2",
                Sort.descending("createdAt").and("id"), organizationId, now).page(Page.of(page, size));
    }

    /** A new invitation to the same address replaces the open ones: only the newest link works. */
    public int revokePending(UUID organizationId, String email, Instant now) {
        return update("revokedAt = ?1 where organizationId = ?2 and email = ?3 and acceptedAt is null and revokedAt is null",
                now, organizationId, email);
    }
}
