package com.jobmatch.matching.matches;

import com.jobmatch.matching.enrichment.JobEnriched;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Freshness: a newly enriched job reaches the stored match lists it would enter without anyone asking for a refresh
 * and without recomputing everyone. In the enrichment's own transaction, each resume whose stored ranking the job
 * reaches ({@link MatchReachStore}) gets a recompute task; the recompute worker ranks those resumes on its next pass.
 * The bound is the recompute schedule (MATCH_RECOMPUTE_EVERY) plus the rankings queued before them (README,
 * "Freshness").
 */
@ApplicationScoped
public class MatchReach {

    private final MatchReachStore reach;
    private final RecomputeQueueStore queue;

    public MatchReach(MatchReachStore reach, RecomputeQueueStore queue) {
        this.reach = reach;
        this.queue = queue;
    }

    void onEnriched(@Observes JobEnriched event) {
        // Bulk work owned by each resume: a person's own change still goes first, and one job's many resumes take
        // turns with other work. A resume already waiting for a recompute is not queued twice.
        reach.resumesReachedBy(event.jobId())
                .forEach(resumeId -> queue.enqueue(RecomputeTask.Reason.RESUME, null, resumeId, null));
    }
}
