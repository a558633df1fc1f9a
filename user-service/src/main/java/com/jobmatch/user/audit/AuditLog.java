package com.jobmatch.user.audit;

import com.jobmatch.user.accounts.ClientInfo;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Writes audit events in their own transaction, so a refused request still leaves its trace. */
@ApplicationScoped
public class AuditLog {

    /** Recruiter actions may carry a JSON detail (the fields a job edit changed); longer ones are cut. */
    private static final int MAX_DETAIL = 2000;

    private final AuditRepository events;

    public AuditLog(AuditRepository events) {
        this.events = events;
    }

    public void record(AuditEvent.Type type, UUID userId, ClientInfo client, String detail) {
        recordBy(type, userId, null, client, detail);
    }

    public void recordBy(AuditEvent.Type type, UUID userId, UUID actorId, ClientInfo client, String detail) {
        write(event(type, userId, actorId, client, detail));
    }

    /** An event of an organization: {@code userId} is the member or invitee concerned, {@code actorId} who acted. */
    public void recordInOrganization(AuditEvent.Type type, UUID organizationId, UUID userId, UUID actorId,
                                     ClientInfo client, String detail) {
        AuditEvent event = event(type, userId, actorId, client, detail);
        event.organizationId = organizationId;
        write(event);
    }

    /** What a recruiter did in another service, as that service reports it; returns the entry's id. */
    public UUID recordRecruiterAction(RecruiterAction reported) {
        AuditEvent event = event(AuditEvent.Type.RECRUITER_ACTION, reported.userId(), reported.actorId(), null,
                reported.detail());
        event.organizationId = reported.organizationId();
        event.source = reported.source();
        event.action = reported.action();
        event.target = reported.target();
        write(event);
        return event.id;
    }

    /** A recruiter action reported by {@code source} (a service id). */
    public record RecruiterAction(String source, UUID actorId, UUID organizationId, UUID userId, String action,
                                  String target, String detail) {
    }

    private static AuditEvent event(AuditEvent.Type type, UUID userId, UUID actorId, ClientInfo client, String detail) {
        AuditEvent event = new AuditEvent();
        event.event = type;
        event.userId = userId;
        event.actorId = actorId;
        event.ipAddress = client == null ? null : client.ipAddress();
        event.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        return event;
    }

    private void write(AuditEvent event) {
        QuarkusTransaction.requiringNew().run(() -> events.persist(event));
    }
}
