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

/** One login on one device. Its refresh tokens form one rotation family: revoking the session ends them all. */
@Entity
@Table(name = "user_sessions")
public class UserSession extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    public UUID userId;

    public String ipAddress;

    public String userAgent;

    @Generated
    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    public Instant lastSeenAt;

    public Instant expiresAt;

    public Instant revokedAt;

    public String revokedReason;

    public boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(Instant now, String reason) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedReason = reason;
        }
    }
}
