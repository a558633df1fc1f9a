package com.jobmatch.user.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;

import java.time.Instant;
import java.util.UUID;

/** One row of the security audit trail. */
@Entity
@Table(name = "audit_log")
public class AuditEvent extends PanacheEntityBase {

    public enum Type {
        REGISTERED, LOGIN_SUCCEEDED, LOGIN_FAILED, LOGIN_THROTTLED, LOGOUT, LOGOUT_ALL, SESSION_REVOKED,
        REFRESH_TOKEN_REUSED, EMAIL_VERIFIED, PASSWORD_RESET_REQUESTED, PASSWORD_RESET, ROLES_CHANGED,
        ACCOUNT_DISABLED, ACCOUNT_ENABLED, SERVICE_TOKEN_ISSUED, SERVICE_TOKEN_REFUSED
    }

    @Id
    @GeneratedValue
    public UUID id;

    @Generated
    @Column(insertable = false, updatable = false)
    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    public Type event;

    /** The account the event is about. */
    public UUID userId;

    /** Who caused it when that is someone else (an admin). */
    public UUID actorId;

    public String ipAddress;

    public String detail;
}
