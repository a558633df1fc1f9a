package com.jobmatch.resume.api;

import com.jobmatch.common.security.Caller;
import com.jobmatch.common.ratelimit.RateLimited;
import com.jobmatch.common.security.Roles;
import com.jobmatch.resume.api.Requests.FeedbackRequest;
import com.jobmatch.resume.api.Requests.OptimizeRequest;
import com.jobmatch.resume.api.Views.AnalysisView;
import com.jobmatch.resume.api.Views.FeedbackView;
import com.jobmatch.resume.api.Views.OptimizationView;
import com.jobmatch.resume.domain.ResumeAdvice;
import com.jobmatch.resume.store.AnalysisRepository;
import com.jobmatch.resume.store.OptimizationRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.UUID;

/** Quality analyses and job-targeted optimization suggestions of a resume, with the owner's decisions and feedback. */
@Path("/api/resumes/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class AdviceResource {

    private final ResumeAdvice advice;
    private final AnalysisRepository analyses;
    private final OptimizationRepository optimizations;
    private final ResumeAccess access;
    private final Caller caller;

    public AdviceResource(ResumeAdvice advice, AnalysisRepository analyses, OptimizationRepository optimizations,
                          ResumeAccess access, Caller caller) {
        this.advice = advice;
        this.analyses = analyses;
        this.optimizations = optimizations;
        this.access = access;
        this.caller = caller;
    }

    @POST
    @Path("/analyses")
    @RolesAllowed(Roles.CANDIDATE)
    @RateLimited("resume-analyses")
    public Response analyze(@PathParam("id") UUID id) {
        return Response.status(201).entity(AnalysisView.of(advice.analyze(access.owned(id)))).build();
    }

    @GET
    @Path("/analyses")
    @RolesAllowed({Roles.CANDIDATE, Roles.RECRUITER, Roles.SERVICE})
    public List<AnalysisView> analyses(@PathParam("id") UUID id) {
        access.readable(id);
        return QuarkusTransaction.requiringNew().call(() -> analyses.ofResume(id).stream().map(AnalysisView::of).toList());
    }

    @POST
    @Path("/optimizations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CANDIDATE)
    @RateLimited("resume-optimizations")
    public Response optimize(@PathParam("id") UUID id, @Valid @NotNull OptimizeRequest request) {
        var stored = advice.optimize(access.owned(id), request.jobId());
        return Response.status(201).entity(stored.stream().map(OptimizationView::of).toList()).build();
    }

    @GET
    @Path("/optimizations")
    @RolesAllowed(Roles.CANDIDATE)
    public List<OptimizationView> optimizations(@PathParam("id") UUID id) {
        access.owned(id);
        return QuarkusTransaction.requiringNew().call(() -> optimizations.ofResume(id).stream().map(OptimizationView::of).toList());
    }

    /** Applies the suggestion to the resume as a new version. */
    @POST
    @Path("/optimizations/{optimizationId}/accept")
    @RolesAllowed(Roles.CANDIDATE)
    public OptimizationView accept(@PathParam("id") UUID id, @PathParam("optimizationId") UUID optimizationId) {
        access.owned(id);
        return OptimizationView.of(advice.accept(id, optimizationId, access.actor()));
    }

    @POST
    @Path("/optimizations/{optimizationId}/reject")
    @RolesAllowed(Roles.CANDIDATE)
    public OptimizationView reject(@PathParam("id") UUID id, @PathParam("optimizationId") UUID optimizationId) {
        access.owned(id);
        return OptimizationView.of(advice.reject(id, optimizationId));
    }

    @POST
    @Path("/optimizations/{optimizationId}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CANDIDATE)
    public Response feedback(@PathParam("id") UUID id, @PathParam("optimizationId") UUID optimizationId,
                             @Valid @NotNull FeedbackRequest request) {
        access.owned(id);
        var stored = advice.feedback(id, optimizationId, caller.userId(), request.rating(), request.comment());
        return Response.status(201).entity(FeedbackView.of(stored)).build();
    }

    @GET
    @Path("/feedback")
    @RolesAllowed(Roles.CANDIDATE)
    public List<FeedbackView> feedback(@PathParam("id") UUID id) {
        access.owned(id);
        return QuarkusTransaction.requiringNew().call(() ->
                optimizations.feedbackOfResume(id).stream().map(FeedbackView::of).toList());
    }
}
