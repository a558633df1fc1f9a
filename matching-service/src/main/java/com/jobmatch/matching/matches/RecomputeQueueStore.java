package com.jobmatch.matching.matches;

import com.jobmatch.common.queue.QueueSettings;
import com.jobmatch.common.queue.QueuedWork;
import com.jobmatch.common.queue.WorkPriority;
import com.jobmatch.common.queue.WorkQueue;
import com.jobmatch.matching.config.RankingConfig;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The durable recompute queue (table match_recompute_queue) on the suite's work-queue component, which owns
 * claiming (SKIP LOCKED under a lease, so several instances share the work), retries and the dead state. A
 * person's own change (resume, preferences) is interactive work and goes before weights and job fan-out; the
 * owner is the user, so one person's fan-out does not hold up another's. A task is deleted once its recompute
 * succeeded; a crashed worker's lease simply expires.
 */
@ApplicationScoped
public class RecomputeQueueStore {

    private final EntityManager em;
    private final WorkQueue queue;

    public RecomputeQueueStore(EntityManager em, RankingConfig config, MeterRegistry registry) {
        this.em = em;
        RankingConfig.Recompute recompute = config.recompute();
        this.queue = new WorkQueue(em, new QueueSettings("match_recompute_queue", recompute.lease(), recompute.retryDelay(),
                recompute.maxRetryDelay(), recompute.maxAttempts(), false), registry);
    }

    public WorkQueue queue() {
        return queue;
    }

    /** Queues a recompute unless the same one is already waiting untried. */
    @Transactional
    public void enqueue(RecomputeTask.Reason reason, UUID userId, UUID resumeId, UUID jobId) {
        boolean personal = userId != null && (reason == RecomputeTask.Reason.RESUME || reason == RecomputeTask.Reason.PREFERENCES);
        UUID owner = userId != null ? userId : resumeId != null ? resumeId : jobId;
        em.createNativeQuery("""
                        INSERT INTO match_recompute_queue (reason, user_id, resume_id, job_id, priority, owner_key)
                        SELECT CAST(:reason AS text), CAST(:user AS uuid), CAST(:resume AS uuid), CAST(:job AS uuid),
                               CAST(:priority AS smallint), CAST(:owner AS text)
                        WHERE NOT EXISTS (SELECT 1 FROM match_recompute_queue
                                          WHERE reason = CAST(:reason AS text) AND status = 'pending' AND attempts = 0
                                            AND user_id IS NOT DISTINCT FROM CAST(:user AS uuid)
                                            AND resume_id IS NOT DISTINCT FROM CAST(:resume AS uuid)
                                            AND job_id IS NOT DISTINCT FROM CAST(:job AS uuid))""")
                // Typed binding: an absent id must reach PostgreSQL as a null uuid, not as an untyped null.
                .unwrap(NativeQuery.class)
                .setParameter("reason", reason.name())
                .setParameter("user", userId, UUID.class).setParameter("resume", resumeId, UUID.class)
                .setParameter("job", jobId, UUID.class)
                .setParameter("priority", (short) (personal ? WorkPriority.INTERACTIVE : WorkPriority.BULK).rank())
                .setParameter("owner", owner == null ? "" : owner.toString())
                .executeUpdate();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<RecomputeTask> claim(int limit) {
        List<QueuedWork> work = queue.claim(limit);
        if (work.isEmpty()) {
            return List.of();
        }
        Map<UUID, Object[]> rows = ((List<Object[]>) em.createNativeQuery(
                        "SELECT id, reason, user_id, resume_id, job_id FROM match_recompute_queue WHERE id IN (:ids)")
                .setParameter("ids", work.stream().map(QueuedWork::id).toList()).getResultList())
                .stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> r));
        return work.stream().filter(w -> rows.containsKey(w.id())).map(w -> {
            Object[] r = rows.get(w.id());
            return new RecomputeTask(w, RecomputeTask.Reason.valueOf((String) r[1]), (UUID) r[2], (UUID) r[3], (UUID) r[4]);
        }).toList();
    }

    @Transactional
    public void done(RecomputeTask task) {
        queue.complete(task.work());
    }

    /** Retried after the queue's backoff, or dead (kept with the error) after the last attempt; true when dead. */
    @Transactional
    public boolean failed(RecomputeTask task, String error) {
        return queue.fail(task.work(), error);
    }

    /** Gives claimed tasks back untried (their attempt not counted), due again after {@code delay}. */
    @Transactional
    public int release(List<RecomputeTask> tasks, Duration delay) {
        return tasks.isEmpty() ? 0 : queue.release(tasks.stream().map(RecomputeTask::work).toList(), delay);
    }

    @Transactional
    public long pending() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM match_recompute_queue WHERE status IN ('pending', 'running')")
                .getSingleResult()).longValue();
    }

    /** Publishes the backlog to the queue's gauges. */
    @Transactional
    public void refreshStats() {
        queue.refreshStats();
    }
}
