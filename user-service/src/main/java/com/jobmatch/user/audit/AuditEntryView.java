package com.jobmatch.user.audit;


import java.time.Instant;
import java.util.UUID;

/** One audit entry as admins read it. */
public record AuditEntryView(UUID id, Instant occurredAt, AuditEvent.Type event, UUID userId, UUID actorId,
                             String ipAddress, String detail, UUID organizationId, String source, String action,
                             String target) {

    public static AuditEntryView of(AuditEvent event) {
        return new AuditEntryView(event.id, event.occurredAt, event.event, event.userId, event.actorId,
                event.ipAddress, event.detail, event.organizationId, event.source, event.action, event.target);
    }
}
