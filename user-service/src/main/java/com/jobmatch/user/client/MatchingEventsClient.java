package com.jobmatch.user.client;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Tells matching-service about changed preferences. Best effort: if it is down the user's save
 * still succeeds, and matching-service re-reads preferences when it next scores the user.
 */
@ApplicationScoped
public class MatchingEventsClient {

    private static final Logger LOG = Logger.getLogger(MatchingEventsClient.class);

    private final MatchingEventsRestClient rest;

    public MatchingEventsClient(@RestClient MatchingEventsRestClient rest) {
        this.rest = rest;
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "notDelivered")
    public void preferencesChanged(UUID userId) {
        rest.preferencesChanged(userId);
    }

    void notDelivered(UUID userId, Throwable cause) {
        LOG.warnf("matching-service was not told that preferences of user %s changed: %s", userId, cause.toString());
    }
}
