package com.jobmatch.matching.matches;

import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.matching.catalogue.Job;
import com.jobmatch.matching.catalogue.JobRepository;
import com.jobmatch.matching.config.RankingConfig;
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
    private final RankingConfig config;

    public MatchLists(MatchingService matching, MatchStore matches, JobRepository jobs, FitChance fitChance,
                      RankingConfig config) {
        this.matching = matching;
        this.matches = matches;
        this.jobs = jobs;
        this.fitChance = fitChance;
        this.config = config;
    }

    /**
     * One page of the candidate's stored matches. The first call (or {@code refresh}) computes and stores the
     * ranking; later calls read what the recompute queue keeps up to date. Ranking calls other services, so this
     * runs no transaction of its own around it.
     */
    public MatchPage page(CandidateProfile candidate, MatchStore.Query query, boolean refresh) {
        long stored = matches.stored(query.resumeId());
        int depth = depthFor(query);
        if (refresh || stored == 0) {
            matching.rank(candidate, depth);
        } else if (stored < depth && stored >= config.retrieval().candidates()) {
            // The page reaches past the stored ranking, which was full (fewer stored than retrieved would mean the
            // person's filters let no more jobs through): rank deeper so that paging reaches every match.
            matching.rank(candidate, depth);
        }
        List<UserJobMatch> rows = matches.page(query);
        Map<UUID, Job> found = jobs.byIds(rows.stream().map(m -> m.jobId).toList());
        return new MatchPage(query.resumeId(), rows.stream().map(m -> MatchSummary.of(m, found.get(m.jobId), fitChance)).toList(),
                query.page(), query.size(), matches.count(query));
    }

    /**
     * The ranking depth a page needs: its rows and one page more, within the configured maximum. The page's
     * {@code total} counts the matches ranked so far, so while more jobs pass the person's filters it always
     * names a next page, and asking for it ranks further: paging reaches every match, not only the first ranking's.
     */
    private int depthFor(MatchStore.Query query) {
        long end = ((long) query.page() + 2) * query.size();
        return (int) Math.min(end, config.retrieval().maxDepth());
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
