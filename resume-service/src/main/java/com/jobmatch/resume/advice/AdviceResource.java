package com.jobmatch.resume.advice;

import com.jobmatch.common.ratelimit.RateLimited;
import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.Page;
import com.jobmatch.resume.resumes.Paging;
import com.jobmatch.resume.resumes.Requests.FeedbackRequest;
import com.jobmatch.resume.resumes.Requests.OptimizeRequest;
import com.jobmatch.resume.resumes.Views.AnalysisView;
import com.jobmatch.resume.resumes.Views.FeedbackView;
import com.jobmatch.resume.resumes.Views.OptimizationView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.UUID;

/** Quality analyses and job-targeted optimization suggestions of a resume, with the owner's decisions and feedback. */
@Path("/api/resumes/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class AdviceResource {

    private final ResumeAdvice advice;

    public AdviceResource(ResumeAdvice advice) {
        this.advice = advice;
    }

    @POST
    @Path("/analyses")
    @RolesAllowed(Roles.CANDIDATE)
    @RateLimited("resume-analyses")
    @Operation(operationId = "createResumeAnalysis")
    @APIResponse(responseCode = "201", description = "Analysed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnalysisView.class)))
    @APIResponse(responseCode = "409", description = "The resume has no data yet")
    @APIResponse(responseCode = "429", description = "Too many analyses; retry after Retry-After seconds")
    @APIResponse(responseCode = "503", description = "ai-service is unavailable")
    public Response analyze(@PathParam("id") UUID id) {
        return Response.status(201).entity(advice.analyze(id)).build();
    }

    @GET
    @Path("/analyses")
    @RolesAllowed({Roles.CANDIDATE, Roles.RECRUITER, Roles.SERVICE})
    @Operation(operationId = "listResumeAnalyses")
    public Page<AnalysisView> analyses(@PathParam("id") UUID id,
                                       @QueryParam("page") @DefaultValue("0") int page,
                                       @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size);
        return advice.analyses(id, page, size);
    }

    @POST
    @Path("/optimizations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CANDIDATE)
    @RateLimited("resume-optimizations")
    @Operation(operationId = "createResumeOptimization")
    @APIResponse(responseCode = "201", description = "Suggestions made", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = OptimizationView.class)))
    @APIResponse(responseCode = "409", description = "The resume has no data yet")
    @APIResponse(responseCode = "429", description = "Too many optimizations; retry after Retry-After seconds")
    @APIResponse(responseCode = "503", description = "ai-service is unavailable")
    public Response optimize(@PathParam("id") UUID id, @Valid @NotNull OptimizeRequest request) {
        return Response.status(201).entity(advice.optimize(id, request.jobId())).build();
    }

    @GET
    @Path("/optimizations")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(operationId = "listResumeOptimizations")
    public Page<OptimizationView> optimizations(@PathParam("id") UUID id,
                                                @QueryParam("page") @DefaultValue("0") int page,
                                                @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size);
        return advice.optimizations(id, page, size);
    }

    /** Applies the suggestion to the resume as a new version. */
    @POST
    @Path("/optimizations/{optimizationId}/accept")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(operationId = "acceptResumeOptimization")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OptimizationView.class)))
    @APIResponse(responseCode = "409", description = "The suggestion was already decided or no longer applies")
    public OptimizationView accept(@PathParam("id") UUID id, @PathParam("optimizationId") UUID optimizationId) {
        return advice.accept(id, optimizationId);
    }

    @POST
    @Path("/optimizations/{optimizationId}/reject")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(operationId = "rejectResumeOptimization")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OptimizationView.class)))
    @APIResponse(responseCode = "409", description = "The suggestion was already decided")
    public OptimizationView reject(@PathParam("id") UUID id, @PathParam("optimizationId") UUID optimizationId) {
        return advice.reject(id, optimizationId);
    }

    @POST
    @Path("/optimizations/{optimizationId}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(operationId = "submitOptimizationFeedback")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackView.class)))
    public Response feedback(@PathParam("id") UUID id, @PathParam("optimizationId") UUID optimizationId,
                             @Valid @NotNull FeedbackRequest request) {
        return Response.status(201).entity(advice.feedback(id, optimizationId, request.rating(), request.comment())).build();
    }

    @GET
    @Path("/feedback")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(operationId = "listOptimizationFeedback")
    public Page<FeedbackView> feedback(@PathParam("id") UUID id,
                                       @QueryParam("page") @DefaultValue("0") int page,
                                       @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size);
        return advice.feedbackOf(id, page, size);
    }
}
