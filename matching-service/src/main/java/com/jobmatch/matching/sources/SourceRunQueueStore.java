package com.jobmatch.matching.sources;

import com.jobmatch.common.queue.QueueSettings;
import com.jobmatch.common.queue.QueuedWork;
import com.jobmatch.common.queue.WorkPriority;
import com.jobmatch.common.queue.WorkQueue;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Source runs waiting or running (table source_run_queue) on the suite's work-queue component: leases (a run whose
 * worker died is run again), attempts, the dead state and metrics come from there. At most one item per source is
 * waiting or running (a unique index). Callers own the transactions.
 */
@ApplicationScoped
public class SourceRunQueueStore {

    private final EntityManager em;
    private final WorkQueue queue;

    public SourceRunQueueStore(EntityManager em, SourceRunsConfig config, MeterRegistry registry) {
        this.em = em;
        this.queue = new WorkQueue(em, new QueueSettings("source_run_queue", config.lease(), Duration.ofMinutes(1),
                Duration.ofMinutes(30), config.maxAttempts(), false), registry);
    }

    public WorkQueue queue() {
        return queue;
    }

    /** True when the source already has a run waiting or running. Takes the source's lock for this transaction. */
    public boolean busy(String source) {
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(CAST(?1 AS text), 0))) AS locked")
                .setParameter(1, "source-run:" + source).getSingleResult();
        return ((Number) em.createNativeQuery(
                "SELECT count(*) FROM source_run_queue WHERE source = ?1 AND status IN ('pending', 'running')")
                .setParameter(1, source).getSingleResult()).longValue() > 0;
    }

    public void add(UUID runId, String source, WorkPriority priority) {
        em.createNativeQuery("INSERT INTO source_run_queue (run_id, source, priority, owner_key) VALUES (?1, ?2, ?3, ?2)")
                .setParameter(1, runId).setParameter(2, source).setParameter(3, priority.rank()).executeUpdate();
        queue.wakeWorkersAfterCommit();
    }

    @SuppressWarnings("unchecked")
    public Optional<UUID> runOf(QueuedWork item) {
        List<UUID> ids = em.createNativeQuery("SELECT run_id FROM source_run_queue WHERE id = ?1", UUID.class)
                .setParameter(1, item.id()).getResultList();
        return ids.stream().findFirst();
    }
}
