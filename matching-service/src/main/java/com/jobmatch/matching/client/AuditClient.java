package com.jobmatch.matching.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Recruiter actions to user-service's audit log ({@code POST /internal/audit}). Called from the outbox only:
 * UNAVAILABLE leaves the entry in the durable queue for a later attempt.
 */
@ApplicationScoped
public class AuditClient {

    private static final Logger LOG = Logger.getLogger(AuditClient.class);

    private final UserServiceInternalRestClient api;

    public AuditClient(@RestClient UserServiceInternalRestClient api) {
        this.api = api;
    }

    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 30_000)
    @Fallback(fallbackMethod = "unavailable")
    public Delivery record(AuditEntry entry) {
        try {
            api.audit(entry);
            return Delivery.DELIVERED;
        } catch (WebApplicationException e) {
            return UserServiceCalls.refusedOrRethrow(e);
        }
    }

    Delivery unavailable(AuditEntry entry, Throwable cause) {
        LOG.warnf("user-service did not take the audit entry %s on %s %s: %s", entry.action(), entry.targetType(),
                entry.targetId(), cause.toString());
        return Delivery.UNAVAILABLE;
    }
}
