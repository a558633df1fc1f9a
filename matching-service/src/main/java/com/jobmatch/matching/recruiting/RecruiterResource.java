package com.jobmatch.matching.recruiting;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.CandidatePage;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.matching.client.ResumeClient;
import com.jobmatch.matching.matches.MatchingService;
import com.jobmatch.matching.matches.ScoredMatch;
import com.jobmatch.matching.matches.JobProfileStore;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Recruiters: the searchable candidates (and only those) ranked for a job, each with the explanation. */
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

    public RecruiterResource(ResumeClient resumes, JobProfileStore jobs, MatchingService matching,
                             com.jobmatch.matching.catalogue.JobCatalogue catalogue) {
        this.resumes = resumes;
        this.jobs = jobs;
        this.matching = matching;
        this.catalogue = catalogue;
    }

    @GET
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
            CandidatePage batch = resumes.searchable(from, PAGE)
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
        List<CandidateMatch> items = ranked.stream().skip((long) page * size).limit(size).map(s -> {
            CandidateProfile who = byResume.get(s.result().resumeId());
            return new CandidateMatch(who.resumeId(), who.userId(), who.name(), who.headline(), s.result());
        }).toList();
        return new CandidateRanking(jobId, items, page, size, byResume.size(), byResume.size() >= total);
    }
}
