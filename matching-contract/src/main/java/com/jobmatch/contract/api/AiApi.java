package com.jobmatch.contract.api;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** ai-service endpoints the other services call with service tokens. */
@Path("/api/ai")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface AiApi {

    @POST
    @Path("/embeddings")
    EmbeddingResponse embed(@Valid EmbeddingRequest request);

    @POST
    @Path("/embeddings/single")
    SingleEmbeddingResponse embedOne(@Valid SingleEmbeddingRequest request);

    @POST
    @Path("/skills/extract")
    SkillExtractionResponse extractSkills(@Valid SkillExtractionRequest request);

    @POST
    @Path("/analysis/job-match")
    JobMatchAnalysis analyzeJobMatch(@Valid JobMatchAnalysisRequest request);

    @POST
    @Path("/analysis/resume")
    ResumeAnalysis analyzeResume(@Valid ResumeAnalysisRequest request);

    @POST
    @Path("/optimizations")
    OptimizationResponse optimize(@Valid OptimizationRequest request);
}
