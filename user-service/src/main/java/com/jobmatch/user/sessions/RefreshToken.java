package com.jobmatch.user.sessions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;

import java.time.Instant;
import java.util.UUID;

/** A refresh token, known only by its SHA-256 hash. Rotated on use; a rotated token is never valid again. */
@Entity
@Table(name = "refresh_tokens")
public class RefreshToken extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    public UUID sessionId;

    public UUID userId;

    public String tokenHash;

    @Generated
    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    public Instant expiresAt;

    public Instant rotatedAt;

    public Instant revokedAt;
}
