package com.jobmatch.ai.analysis;

import com.jobmatch.ai.config.AiConfig;
import com.jobmatch.ai.embeddings.EmbeddingService;
import com.jobmatch.ai.optimization.OptimizationService;
import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.ratelimit.RateLimited;
import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.AiApi;
import com.jobmatch.contract.api.EmbeddingRequest;
import com.jobmatch.contract.api.EmbeddingResponse;
import com.jobmatch.contract.api.JobMatchAnalysis;
import com.jobmatch.contract.api.JobMatchAnalysisRequest;
import com.jobmatch.contract.api.OptimizationRequest;
import com.jobmatch.contract.api.OptimizationResponse;
import com.jobmatch.contract.api.ResumeAnalysis;
import com.jobmatch.contract.api.ResumeAnalysisRequest;
import com.jobmatch.contract.api.SingleEmbeddingRequest;
import com.jobmatch.contract.api.SingleEmbeddingResponse;
import com.jobmatch.contract.api.SkillExtractionBatchRequest;
import com.jobmatch.contract.api.SkillExtractionBatchResponse;
import com.jobmatch.contract.api.SkillExtractionRequest;
import com.jobmatch.contract.api.SkillExtractionResponse;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The endpoints other services call (service tokens only). Analyses are stored for the person they are about. */
@RolesAllowed(Roles.SERVICE)
public class AiResource implements AiApi {

    private static final Set<String> TEXT_KINDS = Set.of(SkillExtractionRequest.RESUME, SkillExtractionRequest.JOB,
            SkillExtractionRequest.SKILLS);

    private final EmbeddingService embeddings;
    private final AnalysisService analyses;
    private final OptimizationService optimizations;
    private final int maxEmbeddingBatch;

    public AiResource(EmbeddingService embeddings, AnalysisService analyses, OptimizationService optimizations,
                      AiConfig config) {
        this.maxEmbeddingBatch = config.embedding().maxBatchSize();
        this.embeddings = embeddings;
        this.analyses = analyses;
        this.optimizations = optimizations;
    }

    @Override
    @RateLimited("embedding-batches")
    public EmbeddingResponse embed(EmbeddingRequest request) {
        if (request.texts().size() > maxEmbeddingBatch) {
            throw ProblemException.invalidField("texts", "must hold at most " + maxEmbeddingBatch + " texts per batch");
        }
        for (int i = 0; i < request.texts().size(); i++) {
            if (request.texts().get(i) == null || request.texts().get(i).isBlank()) {
                throw ProblemException.invalidField("texts[" + i + "]", "must not be blank");
            }
            if (request.texts().get(i).length() > 100_000) {
                throw ProblemException.invalidField("texts[" + i + "]", "must be at most 100000 characters");
            }
        }
        if (request.sourceIds() != null && request.sourceIds().size() != request.texts().size()) {
            throw ProblemException.invalidField("sourceIds", "must have one entry per text");
        }
        if (request.sourceIds() != null && request.sourceType() == null) {
            throw ProblemException.invalidField("sourceType", "is required when sourceIds are given");
        }
        List<float[]> vectors = embeddings.embed(request.texts(), request.sourceType(), request.sourceIds());
        return new EmbeddingResponse(embeddings.modelName(), embeddings.dimension(), vectors);
    }

    @Override
    public SingleEmbeddingResponse embedOne(SingleEmbeddingRequest request) {
        if (request.sourceId() != null && request.sourceType() == null) {
            throw ProblemException.invalidField("sourceType", "is required when sourceId is given");
        }
        List<float[]> vectors = embeddings.embed(List.of(request.text()), request.sourceType(),
                request.sourceId() == null ? null : List.of(request.sourceId()));
        return new SingleEmbeddingResponse(embeddings.modelName(), embeddings.dimension(), vectors.getFirst());
    }

    @Override
    public SkillExtractionResponse extractSkills(SkillExtractionRequest request) {
        String kind = request.kind() == null ? SkillExtractionRequest.RESUME : request.kind();
        if (!TEXT_KINDS.contains(kind)) {
            throw ProblemException.invalidField("kind", "must be RESUME, JOB or SKILLS");
        }
        return analyses.extractSkills(request.text(), kind, request.employers());
    }

    @Override
    public SkillExtractionBatchResponse extractSkillsBatch(SkillExtractionBatchRequest request) {
        List<String> kinds = new ArrayList<>(request.items().size());
        for (int i = 0; i < request.items().size(); i++) {
            String kind = request.items().get(i).kind() == null ? SkillExtractionRequest.RESUME : request.items().get(i).kind();
            if (!TEXT_KINDS.contains(kind)) {
                throw ProblemException.invalidField("items[" + i + "].kind", "must be RESUME, JOB or SKILLS");
            }
            kinds.add(kind);
        }
        return analyses.extractSkillsAll(request.items().stream().map(SkillExtractionRequest::text).toList(), kinds,
                request.items().stream().map(SkillExtractionRequest::employers).toList());
    }

    @Override
    public ResumeAnalysis analyzeResume(ResumeAnalysisRequest request) {
        return analyses.analyzeResume(request);
    }

    @Override
    public JobMatchAnalysis analyzeJobMatch(JobMatchAnalysisRequest request) {
        return analyses.analyzeJobMatch(request);
    }

    @Override
    public OptimizationResponse optimize(OptimizationRequest request) {
        return optimizations.optimize(request);
    }
}
