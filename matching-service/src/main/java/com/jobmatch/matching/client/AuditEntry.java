package com.jobmatch.matching.client;

import java.util.Map;
import java.util.UUID;

/** One recruiter action for user-service's audit log. */
public record AuditEntry(UUID actorId, UUID organizationId, String action, String targetType, String targetId,
                         Map<String, Object> detail) {
}
