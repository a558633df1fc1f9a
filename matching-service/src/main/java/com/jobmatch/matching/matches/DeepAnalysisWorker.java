package com.jobmatch.matching.matches;

import com.jobmatch.common.logging.FailureText;
import com.jobmatch.contract.api.JobMatchAnalysis;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.matching.client.AiClient;
import com.jobmatch.matching.client.ResumeClient;
import com.jobmatch.matching.config.RankingConfig;
import com.jobmatch.common.queue.LeaseHeartbeat;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;

/**
 * The optional deep analysis of top matches by ai-service (seed 001: semantic score of at least 50), run
 * apart from ranking so that a slow model never delays a person's results. The matches to analyze come from
 * analysis_queue (the suite's work-queue component: lease, people take turns, backoff, dead state). When
 * ai-service does not answer, the match says so (UNAVAILABLE) and is tried again at its next recompute; an
 * unexpected failure is retried with the queue's backoff.
 */
@ApplicationScoped
public class DeepAnalysisWorker {

    static final String UNAVAILABLE_REASONING =
            "Deep analysis unavailable: ai-service did not answer. The score and explanation are complete without it.";

    private static final Logger LOG = Logger.getLogger(DeepAnalysisWorker.class);

    private final AnalysisQueueStore queue;
    private final MatchStore matches;
    private final ResumeClient resumes;
    private final JobProfileStore jobs;
    private final MatchingService matching;
    private final AiClient ai;
    private final RankingConfig.Recompute config;

    public DeepAnalysisWorker(AnalysisQueueStore queue, MatchStore matches, ResumeClient resumes, JobProfileStore jobs,
                              MatchingService matching, AiClient ai, RankingConfig config) {
        this.queue = queue;
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

    /** Analyzes the due matches once (one batch); returns how many got an analysis. */
    @ActivateRequestContext
    public int analyzePending() {
        int analyzed = 0;
        List<AnalysisQueueStore.Claim> claims = QuarkusTransaction.requiringNew().call(() -> queue.claim(config.batchSize()));
        // The batch's leases are renewed while it runs, so no other instance takes over an entry still waiting its turn here.
        try (LeaseHeartbeat heartbeat = queue.queue().keepLeased(claims.stream().map(AnalysisQueueStore.Claim::work).toList())) {
            for (AnalysisQueueStore.Claim claim : claims) {
                try {
                    analyzed += analyze(claim) ? 1 : 0;
                } catch (RuntimeException e) {
                    String error = FailureText.of(e);
                    LOG.warnf("deep analysis %s of match %s failed (attempt %d): %s", claim.work().id(), claim.matchId(),
                            claim.work().attempts(), error);
                    QuarkusTransaction.requiringNew().run(() -> queue.failed(claim, error));
                }
            }
        }
        QuarkusTransaction.requiringNew().run(queue::refreshStats);
        return analyzed;
    }

    private boolean analyze(AnalysisQueueStore.Claim claim) {
        Optional<CandidateProfile> candidate = resumes.find(claim.resumeId());
        Optional<JobProfile> job = jobs.find(claim.jobId());
        // The analysis narrates this service's own score of the pair, so it never disagrees with the match.
        Optional<JobMatchAnalysis> analysis = candidate.isPresent() && job.isPresent()
                ? ai.analyze(candidate.get(), job.get(), matching.score(candidate.get(), job.get()).result())
                : Optional.empty();
        QuarkusTransaction.requiringNew().run(() -> {
            record(claim, analysis);
            queue.done(claim);
        });
        return analysis.isPresent();
    }

    private void record(AnalysisQueueStore.Claim claim, Optional<JobMatchAnalysis> analysis) {
        if (analysis.isEmpty()) {
            matches.recordAnalysis(claim.matchId(), "UNAVAILABLE", null, UNAVAILABLE_REASONING);
            return;
        }
        JobMatchAnalysis done = analysis.get();
        matches.recordAnalysis(claim.matchId(), "LLM".equals(done.narrativeSource()) ? "DONE" : "DETERMINISTIC",
                done.llmScore() == null ? null : MatchStore.fraction(done.llmScore()), done.narrative());
    }
}
