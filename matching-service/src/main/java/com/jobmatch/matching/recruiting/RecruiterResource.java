package com.jobmatch.matching.recruiting;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.security.Caller;
import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.Page;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.matching.client.ResumeClient;
import com.jobmatch.matching.matches.JobProfileStore;
import com.jobmatch.matching.matches.MatchingService;
import com.jobmatch.matching.matches.ScoredMatch;
import com.jobmatch.matching.pipeline.ApplicantDirectory;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Recruiters: the searchable candidates (and only those) ranked for a job, each with the explanation. A candidate's
 * name is shown only to the members of an organization the candidate applied to (and to admins); to everyone else the
 * candidate is a resume id and a user id until they apply.
 */
@Path("/api/matches/jobs/{jobId}/candidates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
public class RecruiterResource {

    /** Searchable resumes read per request to resume-service, and at most this many are ranked. */
    static final int PAGE = 100;
    static final int MAX_CANDIDATES = 1000;

    private final ResumeClient resumes;
    private final JobProfileStore jobs;
    private final MatchingService matching;
    private final com.jobmatch.matching.catalogue.JobCatalogue catalogue;
    private final ApplicantDirectory applicants;
    private final OrgMember member;
    private final Caller caller;

    public RecruiterResource(ResumeClient resumes, JobProfileStore jobs, MatchingService matching,
                             com.jobmatch.matching.catalogue.JobCatalogue catalogue, ApplicantDirectory applicants,
                             OrgMember member, Caller caller) {
        this.resumes = resumes;
        this.jobs = jobs;
        this.matching = matching;
        this.catalogue = catalogue;
        this.applicants = applicants;
        this.member = member;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "rankCandidates")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidateRanking.class)))
    @APIResponse(responseCode = "409", description = "The job is closed")
    public CandidateRanking rank(@PathParam("jobId") UUID jobId,
                                 @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                 @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        JobProfile job = jobs.find(jobId).orElseThrow(() -> ProblemException.notFound("Job"));
        if (catalogue.isPrivate(jobId)) {
            throw ProblemException.notFound("Job"); // a job a person brought for themselves is nobody else's
        }
        if (catalogue.isClosed(jobId)) {
            throw ProblemException.conflict("This job is closed: it is no longer matched with candidates");
        }
        List<CandidateProfile> candidates = new ArrayList<>();
        long total = 0;
        for (int from = 0; candidates.size() < MAX_CANDIDATES; from++) {
            // Only resumes their owners let the caller's organization see (an admin, of none: those visible to all).
            Page<CandidateProfile> batch = resumes.searchable(from, PAGE, member.organization().orElse(null))
                    .orElseThrow(() -> ResumeClient.unavailable(new IllegalStateException("searchable")));
            candidates.addAll(batch.items());
            total = batch.total();
            if (batch.items().size() < PAGE || candidates.size() >= total) {
                break;
            }
        }
        Map<UUID, CandidateProfile> byResume = candidates.stream()
                .collect(Collectors.toMap(CandidateProfile::resumeId, Function.identity(), (a, b) -> a));
        List<ScoredMatch> ranked = matching.rankCandidates(job, List.copyOf(byResume.values()), page * size, size);
        List<ScoredMatch> shown = ranked.stream().skip((long) page * size).limit(size).toList();
        Set<UUID> named = named(shown.stream().map(s -> byResume.get(s.result().resumeId()).userId()).toList());
        List<CandidateMatch> items = shown.stream().map(s -> {
            CandidateProfile who = byResume.get(s.result().resumeId());
            boolean visible = named.contains(who.userId());
            return new CandidateMatch(who.resumeId(), who.userId(), visible ? who.name() : null, !visible, who.headline(),
                    s.result());
        }).toList();
        return new CandidateRanking(jobId, items, page, size, byResume.size(), byResume.size() >= total);
    }

    /** The people whose names the caller may see: all for an admin, else those who applied to the caller's organization. */
    private Set<UUID> named(List<UUID> userIds) {
        if (caller.isAdmin()) {
            return Set.copyOf(userIds);
        }
        return member.organization().map(org -> applicants.appliedTo(org, userIds)).orElse(Set.of());
    }
}
