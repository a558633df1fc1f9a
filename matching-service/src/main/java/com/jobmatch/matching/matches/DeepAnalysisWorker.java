package com.jobmatch.matching.matches;

import com.jobmatch.contract.api.JobMatchAnalysis;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.matching.client.AiClient;
import com.jobmatch.matching.client.ResumeClient;
import com.jobmatch.matching.config.RankingConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The optional deep analysis of top matches by ai-service (seed 001: semantic score of at least 50), run
 * apart from ranking so that a slow model never delays a person's results. When ai-service does not answer,
 * the match says so (UNAVAILABLE) and is tried again at its next recompute.
 */
@ApplicationScoped
public class DeepAnalysisWorker {

    static final String UNAVAILABLE_REASONING =
            "Deep analysis unavailable: ai-service did not answer. The score and explanation are complete without it.";

    private final MatchStore matches;
    private final ResumeClient resumes;
    private final JobProfileStore jobs;
    private final MatchingService matching;
    private final AiClient ai;
    private final RankingConfig.Recompute config;

    public DeepAnalysisWorker(MatchStore matches, ResumeClient resumes, JobProfileStore jobs, MatchingService matching,
                              AiClient ai, RankingConfig config) {
        this.matches = matches;
        this.resumes = resumes;
        this.jobs = jobs;
        this.matching = matching;
        this.ai = ai;
        this.config = config.recompute();
    }

    @Scheduled(every = "${jobmatch.schedule.deep-analysis:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        analyzePending();
    }

    /** Analyzes the pending matches once; returns how many got an analysis. */
    @ActivateRequestContext
    public int analyzePending() {
        int analyzed = 0;
        List<UserJobMatch> pending = matches.pendingAnalyses(config.batchSize());
        for (UserJobMatch match : pending) {
            Optional<CandidateProfile> candidate = resumes.find(match.resumeId);
            Optional<JobProfile> job = jobs.find(match.jobId);
            // The analysis narrates this service's own score of the pair, so it never disagrees with the match.
            Optional<JobMatchAnalysis> analysis = candidate.isPresent() && job.isPresent()
                    ? ai.analyze(candidate.get(), job.get(), matching.score(candidate.get(), job.get()).result())
                    : Optional.empty();
            record(match.id, analysis);
            analyzed += analysis.isPresent() ? 1 : 0;
        }
        return analyzed;
    }

    @Transactional
    void record(UUID matchId, Optional<JobMatchAnalysis> analysis) {
        if (analysis.isEmpty()) {
            matches.recordAnalysis(matchId, "UNAVAILABLE", null, UNAVAILABLE_REASONING);
            return;
        }
        JobMatchAnalysis done = analysis.get();
        matches.recordAnalysis(matchId, "LLM".equals(done.narrativeSource()) ? "DONE" : "DETERMINISTIC",
                done.llmScore() == null ? null : MatchStore.fraction(done.llmScore()), done.narrative());
    }
}
