package com.jobmatch.matching.matches;

import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.matching.catalogue.Job;
import com.jobmatch.matching.catalogue.JobRepository;
import com.jobmatch.matching.scoring.FitChance;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A person's stored match list, ranked on first use, and the full score of one job with its deep analysis. */
@ApplicationScoped
public class MatchLists {

    private final MatchingService matching;
    private final MatchStore matches;
    private final JobRepository jobs;
    private final FitChance fitChance;

    public MatchLists(MatchingService matching, MatchStore matches, JobRepository jobs, FitChance fitChance) {
        this.matching = matching;
        this.matches = matches;
        this.jobs = jobs;
        this.fitChance = fitChance;
    }

    /**
     * One page of the candidate's stored matches. The first call (or {@code refresh}) computes and stores the
     * ranking; later calls read what the recompute queue keeps up to date. Ranking calls other services, so this
     * runs no transaction of its own around it.
     */
    public MatchPage page(CandidateProfile candidate, MatchStore.Query query, boolean refresh) {
        if (refresh || !matches.hasMatches(query.resumeId())) {
            matching.rank(candidate);
        }
        List<UserJobMatch> rows = matches.page(query);
        Map<UUID, Job> found = jobs.byIds(rows.stream().map(m -> m.jobId).toList());
        return new MatchPage(query.resumeId(), rows.stream().map(m -> MatchSummary.of(m, found.get(m.jobId), fitChance)).toList(),
                query.page(), query.size(), matches.count(query));
    }

    /** The score of one job with its explanation, and the stored deep analysis when the job was ranked. */
    public Optional<MatchDetail> detail(CandidateProfile candidate, UUID resumeId, UUID jobId) {
        return matching.explain(candidate, jobId).map(scored -> {
            Optional<UserJobMatch> stored = matches.find(resumeId, jobId);
            return new MatchDetail(scored.result(), fitChance.of(scored.result().overallScore()).orElse(null),
                    scored.variant(), scored.unstatedFilters(),
                    stored.map(m -> m.llmScore == null ? null : m.llmScore.doubleValue() * 100).orElse(null),
                    stored.map(m -> m.llmReasoning).orElse(null),
                    stored.map(m -> m.analysisStatus).orElse("NOT_RANKED"));
        });
    }
}
