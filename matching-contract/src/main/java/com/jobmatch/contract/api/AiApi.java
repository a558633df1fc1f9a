package com.jobmatch.contract.api;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** ai-service endpoints the other services call with service tokens. */
@Path("/api/ai")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
// Called with a service token (or a user's, for ai-service): the document says so, and clients get its 401/403.
@SecurityRequirement(name = "SecurityScheme")
public interface AiApi {

    @POST
    @Path("/embeddings")
    @Operation(operationId = "createEmbeddings")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmbeddingResponse.class)))
    @APIResponse(responseCode = "429", description = "Too many embedding batches for this caller; retry after Retry-After seconds")
    EmbeddingResponse embed(@Valid EmbeddingRequest request);

    @POST
    @Path("/embeddings/single")
    @Operation(operationId = "createEmbedding")
    SingleEmbeddingResponse embedOne(@Valid SingleEmbeddingRequest request);

    @POST
    @Path("/skills/extract")
    @Operation(operationId = "extractSkills")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SkillExtractionResponse.class)))
    @APIResponse(responseCode = "503", description = "The skills taxonomy is not loaded yet")
    SkillExtractionResponse extractSkills(@Valid SkillExtractionRequest request);

    @POST
    @Path("/skills/extract/batch")
    @Operation(operationId = "extractSkillsBatch",
            description = "Skill extraction of several texts in one request (at most 64), one result per text in order")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SkillExtractionBatchResponse.class)))
    @APIResponse(responseCode = "503", description = "The skills taxonomy is not loaded yet")
    SkillExtractionBatchResponse extractSkillsBatch(@Valid SkillExtractionBatchRequest request);

    @POST
    @Path("/analysis/job-match")
    @Operation(operationId = "analyzeJobMatch")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobMatchAnalysis.class)))
    @APIResponse(responseCode = "503", description = "A model or matching-service is unavailable")
    JobMatchAnalysis analyzeJobMatch(@Valid JobMatchAnalysisRequest request);

    @POST
    @Path("/analysis/resume")
    @Operation(operationId = "analyzeResume")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResumeAnalysis.class)))
    @APIResponse(responseCode = "503", description = "A model or matching-service is unavailable")
    ResumeAnalysis analyzeResume(@Valid ResumeAnalysisRequest request);

    @POST
    @Path("/optimizations")
    @Operation(operationId = "generateOptimizations")
    OptimizationResponse optimize(@Valid OptimizationRequest request);
}
