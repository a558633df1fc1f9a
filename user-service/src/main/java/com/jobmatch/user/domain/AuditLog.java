package com.jobmatch.user.domain;

import com.jobmatch.user.store.AuditRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Writes security events in their own transaction, so a refused request still leaves its trace. */
@ApplicationScoped
public class AuditLog {

    private static final int MAX_DETAIL = 500;

    private final AuditRepository events;

    public AuditLog(AuditRepository events) {
        this.events = events;
    }

    public void record(AuditEvent.Type type, UUID userId, ClientInfo client, String detail) {
        recordBy(type, userId, null, client, detail);
    }

    public void recordBy(AuditEvent.Type type, UUID userId, UUID actorId, ClientInfo client, String detail) {
        AuditEvent event = new AuditEvent();
        event.event = type;
        event.userId = userId;
        event.actorId = actorId;
        event.ipAddress = client == null ? null : client.ipAddress();
        event.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        QuarkusTransaction.requiringNew().run(() -> events.persist(event));
    }
}
