package com.jobmatch.matching.client;

import com.jobmatch.common.logging.FailureText;
import com.jobmatch.contract.model.CandidatePreferences;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.UUID;

/**
 * A person's preferences from user-service. When it cannot answer, matching goes on without hard filters
 * and preference fit (empty), rather than failing the whole ranking.
 */
@ApplicationScoped
public class UserPreferencesClient {

    private static final Logger LOG = Logger.getLogger(UserPreferencesClient.class);

    private final UserPreferencesRestClient api;

    public UserPreferencesClient(@RestClient UserPreferencesRestClient api) {
        this.api = api;
    }

    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10_000)
    @Fallback(fallbackMethod = "unavailable")
    public Optional<CandidatePreferences> preferences(UUID userId) {
        return Optional.ofNullable(api.preferences(userId));
    }

    Optional<CandidatePreferences> unavailable(UUID userId, Throwable cause) {
        LOG.warnf("Preferences of %s unavailable, matching without them: %s", userId, FailureText.of(cause));
        return Optional.empty();
    }
}
