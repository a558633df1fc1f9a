package com.jobmatch.user.audit;

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

/** One row of the audit trail: security events, organization changes and recruiter actions. */
@Entity
@Table(name = "audit_log")
public class AuditEvent extends PanacheEntityBase {

    public enum Type {
        REGISTERED, LOGIN_SUCCEEDED, LOGIN_FAILED, LOGIN_THROTTLED, LOGOUT, LOGOUT_ALL, SESSION_REVOKED,
        REFRESH_TOKEN_REUSED, EMAIL_VERIFIED, PASSWORD_RESET_REQUESTED, PASSWORD_RESET, ROLES_CHANGED,
        ACCOUNT_DISABLED, ACCOUNT_ENABLED, SERVICE_TOKEN_ISSUED, SERVICE_TOKEN_REFUSED,
        // organizations (issue 20)
        ORGANIZATION_CREATED, MEMBER_ADDED, MEMBER_ROLE_CHANGED, MEMBER_REMOVED, INVITATION_SENT, INVITATION_REVOKED,
        INVITATION_ACCEPTED,
        /** An action of a recruiter in another service (its {@code action}: stage change, submission, job edit...). */
        RECRUITER_ACTION
    }

    /** user-service writes its own events; others come through POST /internal/audit. */
    public static final String THIS_SERVICE = "user-service";

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

    /** The organization the event belongs to, if any. */
    public UUID organizationId;

    /** The service that reported it. */
    public String source = THIS_SERVICE;

    /** For {@link Type#RECRUITER_ACTION}: what was done, e.g. STAGE_CHANGED, JOB_UPDATED, WEIGHTS_CHANGED. */
    public String action;

    /** What it was done to, e.g. {@code application:<id>} or {@code job:<id>}. */
    public String target;
}
