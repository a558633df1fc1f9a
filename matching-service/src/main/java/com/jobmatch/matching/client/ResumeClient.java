package com.jobmatch.matching.client;

import com.jobmatch.contract.api.CandidatePage;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** resume-service's searchable careers, the sample for the category transition matrix; empty when unavailable. */
@ApplicationScoped
public class ResumeClient {

    private static final Logger LOG = Logger.getLogger(ResumeClient.class);

    private final ResumeRestClient api;

    public ResumeClient(@RestClient ResumeRestClient api) {
        this.api = api;
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unavailable")
    public Optional<CandidatePage> searchable(int page, int size) {
        return Optional.of(api.searchable(page, size));
    }

    Optional<CandidatePage> unavailable(int page, int size, Throwable cause) {
        LOG.warnf("resume-service searchable profiles unavailable: %s", cause.toString());
        return Optional.empty();
    }
}
