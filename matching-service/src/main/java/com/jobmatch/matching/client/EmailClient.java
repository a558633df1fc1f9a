package com.jobmatch.matching.client;

import com.jobmatch.common.logging.FailureText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Emails to candidates through user-service ({@code POST /internal/notifications/email}), which knows their address
 * and sends them. Called from the outbox only: UNAVAILABLE leaves the email in the durable queue for a later attempt.
 */
@ApplicationScoped
public class EmailClient {

    private static final Logger LOG = Logger.getLogger(EmailClient.class);

    private final UserServiceInternalRestClient api;

    public EmailClient(@RestClient UserServiceInternalRestClient api) {
        this.api = api;
    }

    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 30_000)
    @Fallback(fallbackMethod = "unavailable")
    public Delivery send(EmailMessage message) {
        try {
            api.email(message);
            return Delivery.DELIVERED;
        } catch (WebApplicationException e) {
            return UserServiceCalls.refusedOrRethrow(e);
        }
    }

    Delivery unavailable(EmailMessage message, Throwable cause) {
        LOG.warnf("user-service did not take the %s email for %s: %s", message.kind(), message.userId(), FailureText.of(cause));
        return Delivery.UNAVAILABLE;
    }
}
