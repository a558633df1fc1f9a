package com.jobmatch.resume.client;

import com.jobmatch.contract.api.OptimizationRequest;
import com.jobmatch.contract.api.OptimizationResponse;
import com.jobmatch.contract.api.ResumeAnalysis;
import com.jobmatch.contract.api.ResumeAnalysisRequest;
import com.jobmatch.contract.api.SkillExtractionRequest;
import com.jobmatch.contract.api.SkillExtractionResponse;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;

/** ai-service as resume-service uses it. Empty means ai-service could not answer now; callers retry later or say so. */
@ApplicationScoped
public class AiClient {

    private static final Logger LOG = Logger.getLogger(AiClient.class);

    private final AiRestClient ai;

    public AiClient(@RestClient AiRestClient ai) {
        this.ai = ai;
    }

    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
    @Fallback(fallbackMethod = "skillsUnavailable")
    public Optional<SkillExtractionResponse> extractSkills(String text, List<String> employers) {
        return Optional.of(ai.extractSkills(new SkillExtractionRequest(text, "RESUME", employers)));
    }

    @Timeout(20_000)
    @Retry(maxRetries = 1, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
    @Fallback(fallbackMethod = "analysisUnavailable")
    public Optional<ResumeAnalysis> analyze(ResumeAnalysisRequest request) {
        return Optional.of(ai.analyzeResume(request));
    }

    @Timeout(30_000)
    @Retry(maxRetries = 1, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
    @Fallback(fallbackMethod = "optimizationUnavailable")
    public Optional<OptimizationResponse> optimize(OptimizationRequest request) {
        return Optional.of(ai.optimize(request));
    }

    Optional<SkillExtractionResponse> skillsUnavailable(String text, List<String> employers, Throwable cause) {
        LOG.warnf("ai-service skill extraction unavailable: %s", cause.toString());
        return Optional.empty();
    }

    Optional<ResumeAnalysis> analysisUnavailable(ResumeAnalysisRequest request, Throwable cause) {
        LOG.warnf("ai-service resume analysis unavailable: %s", cause.toString());
        return Optional.empty();
    }

    Optional<OptimizationResponse> optimizationUnavailable(OptimizationRequest request, Throwable cause) {
        LOG.warnf("ai-service optimization unavailable: %s", cause.toString());
        return Optional.empty();
    }
}
