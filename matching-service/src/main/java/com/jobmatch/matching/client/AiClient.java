package com.jobmatch.matching.client;

import com.jobmatch.contract.api.EmbeddingRequest;
import com.jobmatch.contract.api.EmbeddingResponse;
import com.jobmatch.contract.api.SkillExtractionRequest;
import com.jobmatch.contract.model.ExtractedSkill;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * ai-service for enrichment. An empty answer means "not now" (ai-service down, slow or broken): the caller
 * keeps the job in the durable enrichment queue and tries again later, so the fallback loses nothing.
 */
@ApplicationScoped
public class AiClient {

    private static final Logger LOG = Logger.getLogger(AiClient.class);

    private final AiRestClient api;

    public AiClient(@RestClient AiRestClient api) {
        this.api = api;
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.8, delay = 30, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "skillsUnavailable")
    public Optional<List<ExtractedSkill>> extractSkills(String jobText) {
        return Optional.of(api.extractSkills(new SkillExtractionRequest(jobText, "JOB")).skills());
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.8, delay = 30, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "embeddingUnavailable")
    public Optional<EmbeddingResponse> embed(UUID jobId, String jobText) {
        return Optional.of(api.embed(new EmbeddingRequest(List.of(jobText), "JOB", List.of(jobId.toString()))));
    }

    Optional<List<ExtractedSkill>> skillsUnavailable(String jobText, Throwable cause) {
        LOG.warnf("ai-service skill extraction unavailable: %s", cause.toString());
        return Optional.empty();
    }

    Optional<EmbeddingResponse> embeddingUnavailable(UUID jobId, String jobText, Throwable cause) {
        LOG.warnf("ai-service embedding unavailable for job %s: %s", jobId, cause.toString());
        return Optional.empty();
    }
}
