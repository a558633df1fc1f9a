package com.jobmatch.user.verification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.Generated;

import java.time.Instant;
import java.util.UUID;

/** A random token mailed to a user, stored hashed, usable once before it expires. */
@MappedSuperclass
public abstract class OneTimeToken extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    public UUID userId;

    public String tokenHash;

    public String requestedIp;

    @Generated
    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    public Instant expiresAt;

    public Instant usedAt;

    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
