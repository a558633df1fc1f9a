package com.jobmatch.matching.client;

import com.jobmatch.common.logging.FailureText;
import com.jobmatch.contract.api.EmbeddingRequest;
import com.jobmatch.contract.api.EmbeddingResponse;
import com.jobmatch.contract.api.JobMatchAnalysis;
import com.jobmatch.contract.api.JobMatchAnalysisRequest;
import com.jobmatch.contract.api.SkillExtractionBatchRequest;
import com.jobmatch.contract.api.SkillExtractionRequest;
import com.jobmatch.contract.api.SkillExtractionResponse;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.ExtractedSkill;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.contract.model.MatchResult;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * ai-service, for two kinds of caller with their own policies (each method has its own timeout and breaker):
 * <ul>
 *   <li>enrichment of jobs in the background: patient; an empty answer means "not now" and the job stays in the
 *       durable enrichment queue, so the fallback loses nothing;</li>
 *   <li>matching on a person's request: short timeouts; when ai-service is down, scores go on without the
 *       semantic part and the deep analysis is marked unavailable (never an error to the person).</li>
 * </ul>
 */
@ApplicationScoped
public class AiClient {

    private static final Logger LOG = Logger.getLogger(AiClient.class);

    /** ai-service accepts at most 256 texts per request. */
    static final int BATCH = 256;

    private final AiRestClient api;

    public AiClient(@RestClient AiRestClient api) {
        this.api = api;
    }

    // --- enrichment (background) ---

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.8, delay = 30, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "jobEmbeddingUnavailable")
    public Optional<EmbeddingResponse> embedJob(UUID jobId, List<String> statements) {
        return Optional.of(api.embed(new EmbeddingRequest(statements, "JOB",
                Collections.nCopies(statements.size(), jobId.toString()))));
    }

    /**
     * Skills of several texts in one request (ai-service's batch endpoint), in order: postings' texts (kind JOB) and the
     * skills postings list themselves (kind SKILLS, one per line). Empty means "not now" for the whole batch:
     * ai-service is down, or it refused one of the texts (the caller then tries them one by one).
     */
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 300)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.8, delay = 30, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "batchSkillsUnavailable")
    public Optional<List<SkillExtractionResponse>> extractSkillsAll(List<SkillExtractionRequest> texts) {
        List<SkillExtractionResponse> results = api.extractSkillsBatch(new SkillExtractionBatchRequest(texts)).results();
        if (results == null || results.size() != texts.size()) {
            throw new IllegalStateException("ai-service read %d of %d texts".formatted(results == null ? 0 : results.size(),
                    texts.size()));
        }
        return Optional.of(results);
    }

    /**
     * Embeddings of the statements of several jobs ({@code jobIds}: the job of each statement), in order, in requests
     * of at most {@link #BATCH}; empty when ai-service did not answer them all.
     */
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 300)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.8, delay = 30, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "jobEmbeddingsUnavailable")
    public Optional<EmbeddingResponse> embedJobs(List<String> statements, List<UUID> jobIds) {
        List<float[]> vectors = new ArrayList<>(statements.size());
        String model = null;
        for (int from = 0; from < statements.size(); from += BATCH) {
            int to = Math.min(statements.size(), from + BATCH);
            EmbeddingResponse answer = api.embed(new EmbeddingRequest(statements.subList(from, to), "JOB",
                    jobIds.subList(from, to).stream().map(UUID::toString).toList()));
            if (answer == null || answer.vectors() == null || answer.vectors().size() != to - from) {
                throw new IllegalStateException("ai-service embedded %d of %d statements".formatted(
                        answer == null || answer.vectors() == null ? 0 : answer.vectors().size(), to - from));
            }
            vectors.addAll(answer.vectors());
            model = answer.model();
        }
        return Optional.of(new EmbeddingResponse(model, vectors.isEmpty() ? 0 : vectors.getFirst().length, vectors));
    }

    Optional<List<SkillExtractionResponse>> batchSkillsUnavailable(List<SkillExtractionRequest> texts, Throwable cause) {
        LOG.warnf("ai-service skill extraction of %d texts unavailable: %s", texts.size(), FailureText.of(cause));
        return Optional.empty();
    }

    Optional<EmbeddingResponse> jobEmbeddingsUnavailable(List<String> statements, List<UUID> jobIds, Throwable cause) {
        LOG.warnf("ai-service embedding of %d statements unavailable: %s", statements.size(), FailureText.of(cause));
        return Optional.empty();
    }

    Optional<EmbeddingResponse> jobEmbeddingUnavailable(UUID jobId, List<String> statements, Throwable cause) {
        LOG.warnf("ai-service embedding unavailable for job %s: %s", jobId, FailureText.of(cause));
        return Optional.empty();
    }

    // --- matching (on request) ---

    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10_000)
    @Fallback(fallbackMethod = "noProfileEmbedding")
    public Optional<List<float[]>> embedProfile(List<String> statements, UUID resumeId) {
        EmbeddingResponse response = api.embed(new EmbeddingRequest(statements, "RESUME",
                Collections.nCopies(statements.size(), resumeId.toString())));
        if (response == null || response.vectors().size() != statements.size()) {
            throw new IllegalStateException("ai-service embedded %d of %d statements".formatted(
                    response == null ? 0 : response.vectors().size(), statements.size()));
        }
        return Optional.of(response.vectors());
    }

    Optional<List<float[]>> noProfileEmbedding(List<String> statements, UUID resumeId, Throwable cause) {
        LOG.warnf("No embedding for resume %s, matching without semantic similarity: %s", resumeId, FailureText.of(cause));
        return Optional.empty();
    }

    /** Embeddings of many texts (the statements of many profiles), in order, in requests of at most {@link #BATCH}. */
    @Timeout(30_000)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10_000)
    @Fallback(fallbackMethod = "noProfileEmbeddings")
    public Optional<List<float[]>> embedProfiles(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<String> batch = texts.subList(from, Math.min(texts.size(), from + BATCH));
            List<float[]> answered = api.embed(new EmbeddingRequest(batch, "RESUME", null)).vectors();
            if (answered.size() != batch.size()) {
                throw new IllegalStateException("ai-service embedded %d of %d texts".formatted(answered.size(), batch.size()));
            }
            vectors.addAll(answered);
        }
        return Optional.of(vectors);
    }

    Optional<List<float[]>> noProfileEmbeddings(List<String> texts, Throwable cause) {
        LOG.warnf("No embeddings for %d profiles, ranking without semantic similarity: %s", texts.size(), FailureText.of(cause));
        return Optional.empty();
    }

    @Timeout(20_000)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30_000)
    @Fallback(fallbackMethod = "noAnalysis")
    public Optional<JobMatchAnalysis> analyze(CandidateProfile candidate, JobProfile job, MatchResult match) {
        return Optional.ofNullable(api.analyzeJobMatch(new JobMatchAnalysisRequest(candidate, job, match)));
    }

    Optional<JobMatchAnalysis> noAnalysis(CandidateProfile candidate, JobProfile job, MatchResult match, Throwable cause) {
        LOG.warnf("Deep analysis of job %s unavailable: %s", job.jobId(), FailureText.of(cause));
        return Optional.empty();
    }
}
