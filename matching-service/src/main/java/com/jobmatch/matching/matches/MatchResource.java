package com.jobmatch.matching.matches;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.ratelimit.RateLimiter;
import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.matching.client.OwnedResumes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Set;
import java.util.UUID;

/** A person's ranked matches for one of their resumes, and the full score of one job. */
@Path("/api/matches")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CANDIDATE, Roles.ADMIN})
public class MatchResource {

    static final Set<String> SORTS = Set.of("score", "preference", "semantic", "recent");
    static final Set<String> STATUSES = Set.of("NEW", "VIEWED", "SAVED", "SHARED", "APPLIED");

    private final OwnedResumes resumes;
    private final MatchLists matches;
    private final RateLimiter rateLimiter;

    private final com.jobmatch.matching.catalogue.JobCatalogue jobs;

    public MatchResource(OwnedResumes resumes, MatchLists matches, RateLimiter rateLimiter,
                         com.jobmatch.matching.catalogue.JobCatalogue jobs) {
        this.jobs = jobs;
        this.resumes = resumes;
        this.matches = matches;
        this.rateLimiter = rateLimiter;
    }

    /**
     * Ranked jobs for one resume. The first call (or {@code refresh=true}) computes and stores the ranking;
     * later calls read what the recompute queue keeps up to date.
     */
    @GET
    @Operation(operationId = "listMatches")
    @APIResponse(responseCode = "404", description = "The resume is not found, or not the caller's")
    @APIResponse(responseCode = "200", description = "One page of the ranked matches", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatchPage.class),
            examples = @ExampleObject(name = "page", value = """
            {"resumeId": "0b7e7c52-3d59-4c8e-a3d4-51f1a0e6c2d9", "page": 0, "size": 20, "total": 57,
             "items": [{"jobId": "6f1c2b1e-8f3a-4a53-9f43-2d7c6f0b5a11", "title": "Backend Engineer", "company": "Initech",
                        "location": "Berlin", "overallScore": 82.5, "fitChance": 0.71, "semanticScore": 77.0, "preferenceFit": 90.0,
                        "confidence": 0.8, "knockedOut": false, "priority": "HIGH",
                        "reasoning": "Has 2 of 3 required skills\\nEducation: a bachelor's degree against a bachelor's degree required, met\\n6.5 years of relevant experience (6.5 years in all) against 3-8 years asked; met",
                        "keyAlignments": ["Java", "PostgreSQL"], "potentialGaps": ["Kubernetes"], "unstatedFilters": [],
                        "status": "NEW", "analysisStatus": "NOT_ELIGIBLE", "computedAt": "2026-12-03T10:15:30Z"}]}""")))
    @APIResponse(responseCode = "202", description = "The resume is still being parsed: ask again after Retry-After seconds")
    @APIResponse(responseCode = "429", description = "Too many refreshes; retry after Retry-After seconds")
    public MatchPage list(@QueryParam("resumeId") String resumeId,
                          @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                          @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
                          @QueryParam("sort") @DefaultValue("score") String sort,
                          @QueryParam("minScore") @DefaultValue("0") @Min(0) @Max(100) double minScore,
                          @QueryParam("includeKnockedOut") @DefaultValue("true") boolean includeKnockedOut,
                          @QueryParam("status") String status,
                          @QueryParam("refresh") @DefaultValue("false") boolean refresh) {
        UUID id = OwnedResumes.parse("resumeId", resumeId);
        if (refresh) {
            // Only a forced recompute is expensive; reading the kept matches is not limited.
            rateLimiter.check("match-refreshes");
        }
        if (!SORTS.contains(sort)) {
            throw ProblemException.invalidField("sort", "must be one of " + String.join(", ", SORTS.stream().sorted().toList()));
        }
        if (status != null && !STATUSES.contains(status)) {
            throw ProblemException.invalidField("status", "must be one of " + String.join(", ", STATUSES.stream().sorted().toList()));
        }
        CandidateProfile candidate = resumes.require(id);
        return matches.page(candidate, new MatchStore.Query(id, minScore, includeKnockedOut, status, sort, page, size),
                refresh);
    }

    /** The score of one job for one resume with sub-scores, weights, evidence, gaps, knock-outs and improvements. */
    @GET
    @Path("/{resumeId}/jobs/{jobId}")
    @Operation(operationId = "getMatch")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatchDetail.class)))
    @APIResponse(responseCode = "202", description = "The resume is still being parsed: ask again after Retry-After seconds")
    public MatchDetail one(@PathParam("resumeId") UUID resumeId, @PathParam("jobId") UUID jobId) {
        CandidateProfile candidate = resumes.require(resumeId);
        jobs.requireJob(jobId, candidate.userId());
        return matches.detail(candidate, resumeId, jobId).orElseThrow(() -> ProblemException.notFound("Job"));
    }
}
