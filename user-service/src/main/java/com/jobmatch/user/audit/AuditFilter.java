package com.jobmatch.user.audit;

import java.util.UUID;

/** What an admin narrows the audit log to; null criteria match everything. */
public record AuditFilter(UUID userId, UUID actorId, UUID organizationId, AuditEvent.Type event, String action) {
}
