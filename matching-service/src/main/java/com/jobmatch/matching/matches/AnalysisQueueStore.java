package com.jobmatch.matching.matches;

import com.jobmatch.common.queue.QueueSettings;
import com.jobmatch.common.queue.QueuedWork;
import com.jobmatch.common.queue.WorkQueue;
import com.jobmatch.matching.config.RankingConfig;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Matches waiting for their deep analysis (analysis_queue, V29), on the suite's work-queue component. Rows are
 * written by a trigger when a match becomes PENDING; the callers own the transactions.
 */
@ApplicationScoped
public class AnalysisQueueStore {

    private static final Duration LEASE = Duration.ofMinutes(5);

    /** A claimed entry with the match it is about. */
    public record Claim(QueuedWork work, UUID matchId, UUID resumeId, UUID jobId) {
    }

    private final EntityManager em;
    private final WorkQueue queue;

    public AnalysisQueueStore(EntityManager em, RankingConfig config, MeterRegistry registry) {
        this.em = em;
        RankingConfig.DeepAnalysis analysis = config.deepAnalysis();
        this.queue = new WorkQueue(em, new QueueSettings("analysis_queue", LEASE, analysis.retryDelay(),
                analysis.maxRetryDelay(), analysis.maxAttempts(), false), registry);
    }

    public WorkQueue queue() {
        return queue;
    }

    /** Leases up to {@code limit} due entries; an entry whose match is gone went with it. */
    @SuppressWarnings("unchecked")
    public List<Claim> claim(int limit) {
        List<QueuedWork> work = queue.claim(limit);
        if (work.isEmpty()) {
            return List.of();
        }
        Map<UUID, Object[]> rows = ((List<Object[]>) em.createNativeQuery("""
                        SELECT q.id, m.id, m.resume_id, m.job_id FROM analysis_queue q
                        JOIN user_job_matches m ON m.id = q.match_id WHERE q.id IN (:ids)""")
                .setParameter("ids", work.stream().map(QueuedWork::id).toList()).getResultList())
                .stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> r));
        return work.stream().filter(w -> rows.containsKey(w.id())).map(w -> {
            Object[] r = rows.get(w.id());
            return new Claim(w, (UUID) r[1], (UUID) r[2], (UUID) r[3]);
        }).toList();
    }

    /** In the transaction that stores the analysis; a stale claim (the match was queued again) changes nothing. */
    public void done(Claim claim) {
        queue.complete(claim.work());
    }

    /** Retried after the queue's backoff, or dead with the error after the last attempt. */
    public void failed(Claim claim, String error) {
        queue.fail(claim.work(), error);
    }

    public void refreshStats() {
        queue.refreshStats();
    }
}
