package com.jobmatch.user.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;

import java.time.Instant;
import java.util.UUID;

/** A mailed invitation to join an organization: its token is stored hashed and works once, before it expires. */
@Entity
@Table(name = "organization_invitations")
public class Invitation extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    public UUID organizationId;

    /** Normalized like users.email: only the account of this address may accept. */
    public String email;

    public String role;

    public String tokenHash;

    public UUID invitedBy;

    @Generated
    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    public Instant expiresAt;

    public Instant acceptedAt;

    public UUID acceptedBy;

    public Instant revokedAt;

    public boolean pendingAt(Instant now) {
        return acceptedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }
}
