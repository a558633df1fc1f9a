package com.jobmatch.ai.client;

import com.jobmatch.contract.model.TaxonomySkill;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Reads the skills taxonomy from matching-service; empty when it cannot be reached, so the last good copy stays. */
@ApplicationScoped
public class TaxonomyClient {

    private final TaxonomyRestClient restClient;

    public TaxonomyClient(@RestClient TaxonomyRestClient restClient) {
        this.restClient = restClient;
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 500)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unavailable")
    public Optional<List<TaxonomySkill>> export() {
        return Optional.of(restClient.export());
    }

    Optional<List<TaxonomySkill>> unavailable(Throwable cause) {
        Log.warnf("Skills taxonomy could not be read from matching-service: %s", cause.toString());
        return Optional.empty();
    }
}
