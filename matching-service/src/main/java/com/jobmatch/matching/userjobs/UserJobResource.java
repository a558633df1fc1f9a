package com.jobmatch.matching.userjobs;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.ratelimit.RateLimited;
import com.jobmatch.common.security.Caller;
import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.JobMatchAnalysis;
import com.jobmatch.contract.api.Page;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.matching.client.AiClient;
import com.jobmatch.matching.client.OwnedResumes;
import com.jobmatch.matching.matches.JobProfileStore;
import com.jobmatch.matching.matches.MatchDetail;
import com.jobmatch.matching.matches.MatchingService;
import com.jobmatch.matching.matches.ScoredMatch;
import com.jobmatch.matching.scoring.FitChance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A job seeker's own jobs: paste a posting (or give its URL) and get, in the same answer, the job as read and, for one
 * of your resumes, its score with the full explanation, the improvements that would raise it and ai-service's deep
 * analysis. The job is private: nobody else sees it anywhere (404 for everyone else). Afterwards it works like any job
 * of yours: {@code GET /api/matches/{resumeId}/jobs/{jobId}}, interactions, applications, and resume-service's
 * optimizations for it.
 */
@Path("/api/jobs/mine")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CANDIDATE)
public class UserJobResource {

    private final UserJobService service;
    private final OwnedResumes resumes;
    private final MatchingService matching;
    private final JobProfileStore profiles;
    private final AiClient ai;
    private final Caller caller;
    private final FitChance fitChance;

    public UserJobResource(UserJobService service, OwnedResumes resumes, MatchingService matching,
                           JobProfileStore profiles, AiClient ai, Caller caller, FitChance fitChance) {
        this.service = service;
        this.resumes = resumes;
        this.matching = matching;
        this.profiles = profiles;
        this.ai = ai;
        this.caller = caller;
        this.fitChance = fitChance;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited("user-jobs")
    @Operation(operationId = "addMyJob")
    @APIResponse(responseCode = "404", description = "The resume is not found, or not the caller's")
    @APIResponse(responseCode = "200", description = "The posting was already stored: the stored one", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserJobResult.class)))
    @APIResponse(responseCode = "201", description = "Stored; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserJobResult.class)))
    @APIResponse(responseCode = "409", description = "The posting id belongs to another source")
    @APIResponse(responseCode = "429", description = "Too many postings brought; retry after Retry-After seconds")
    public Response bring(@Valid @NotNull UserJobRequest request) {
        // The resume is checked first: someone else's resume is a 404 before anything is fetched or stored.
        Optional<CandidateProfile> candidate = Optional.ofNullable(request.resumeId()).map(resumes::require);
        UserJobService.Brought brought = service.bring(caller.userId(), request);
        UserJobView job = view(brought.jobId());
        UserJobResult result = candidate.map(c -> scored(job, c)).orElse(new UserJobResult(job, null, null, null));
        return Response.status(brought.created() ? Response.Status.CREATED : Response.Status.OK)
                .location(URI.create("/api/jobs/mine/" + brought.jobId())).entity(result).build();
    }

    @GET
    @Operation(operationId = "listMyJobs")
    public Page<UserJobView> mine(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return service.mine(caller.userId(), page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMyJob")
    public UserJobView one(@PathParam("id") UUID id) {
        return view(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteMyJob")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id) {
        service.delete(id, caller.userId());
        return Response.noContent().build();
    }

    private UserJobView view(UUID id) {
        return service.view(id, caller.userId());
    }

    /** The score and explanation, and the deep analysis, once the job is enriched (until then: PENDING). */
    private UserJobResult scored(UserJobView job, CandidateProfile candidate) {
        if (!"DONE".equals(job.enrichment())) {
            return new UserJobResult(job, null, null, "PENDING");
        }
        ScoredMatch scored = matching.explain(candidate, job.id()).orElseThrow(() -> ProblemException.notFound("Job"));
        JobProfile profile = profiles.find(job.id()).orElseThrow(() -> ProblemException.notFound("Job"));
        Optional<JobMatchAnalysis> analysis = ai.analyze(candidate, profile, scored.result());
        String status = analysis.map(a -> "LLM".equals(a.narrativeSource()) ? "DONE" : "DETERMINISTIC").orElse("UNAVAILABLE");
        MatchDetail detail = new MatchDetail(scored.result(),
                fitChance.of(scored.result().overallScore()).orElse(null), scored.variant(), scored.unstatedFilters(),
                analysis.map(JobMatchAnalysis::llmScore).orElse(null), analysis.map(JobMatchAnalysis::narrative).orElse(null), status);
        return new UserJobResult(job, detail, analysis.orElse(null), status);
    }
}
