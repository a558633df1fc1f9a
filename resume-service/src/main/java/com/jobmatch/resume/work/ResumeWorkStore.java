package com.jobmatch.resume.work;

import com.jobmatch.common.queue.QueueSettings;
import com.jobmatch.common.queue.QueuedWork;
import com.jobmatch.common.queue.WorkPriority;
import com.jobmatch.resume.config.ResumeConfig;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The resume_work queue: parse, enrich and notify steps of a resume, on the suite's work-queue component
 * ({@link com.jobmatch.common.queue.WorkQueue}, which owns claiming, leases, retries and metrics). Work is
 * enqueued in the same transaction as the change that causes it, so it is never lost; the owner is the resume's
 * user, so one user's batch does not hold up another user's upload.
 */
@ApplicationScoped
public class ResumeWorkStore {

    private final EntityManager em;
    private final com.jobmatch.common.queue.WorkQueue queue;

    public ResumeWorkStore(EntityManager em, ResumeConfig config, MeterRegistry registry) {
        this.em = em;
        ResumeConfig.Work work = config.work();
        this.queue = new com.jobmatch.common.queue.WorkQueue(em, new QueueSettings("resume_work", work.lease(),
                work.backoff(), work.maxBackoff(), work.maxAttempts(), true), registry);
    }

    public com.jobmatch.common.queue.WorkQueue queue() {
        return queue;
    }

    /** Joins the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(UUID resumeId, UUID ownerId, WorkPriority priority, String kind, String payloadJson) {
        em.createNativeQuery("""
                        INSERT INTO resume_work (resume_id, kind, payload, priority, owner_key)
                        VALUES (:resume, :kind, CAST(:payload AS jsonb), :priority, :owner)""")
                .setParameter("resume", resumeId).setParameter("kind", kind).setParameter("payload", payloadJson)
                .setParameter("priority", (short) priority.rank()).setParameter("owner", ownerId.toString())
                .executeUpdate();
        queue.wakeWorkersAfterCommit();
    }

    /**
     * Queues a resume-changed notice for matching-service, merged into the resume's notice that is still waiting
     * untried, if there is one: that notice then carries this (newer) payload and the more urgent class, so a parse
     * and the enrichment after it, queued while the workers are busy (a batch in flight), reach matching once. A
     * notice being claimed at this moment is skipped (SKIP LOCKED) and a new one is queued instead.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueNotice(UUID resumeId, UUID ownerId, WorkPriority priority, String payloadJson) {
        em.createNativeQuery("""
                        WITH waiting AS (
                            SELECT id FROM resume_work
                            WHERE resume_id = :resume AND kind = :kind AND status = 'pending' AND attempts = 0
                            ORDER BY created_at LIMIT 1
                            FOR UPDATE SKIP LOCKED),
                        merged AS (
                            UPDATE resume_work w SET payload = CAST(:payload AS jsonb), priority = LEAST(w.priority, :priority)
                            FROM waiting WHERE w.id = waiting.id
                            RETURNING w.id)
                        INSERT INTO resume_work (resume_id, kind, payload, priority, owner_key)
                        SELECT :resume, :kind, CAST(:payload AS jsonb), :priority, :owner
                        WHERE NOT EXISTS (SELECT 1 FROM merged)""")
                .setParameter("resume", resumeId).setParameter("kind", WorkItem.NOTIFY).setParameter("payload", payloadJson)
                .setParameter("priority", (short) priority.rank()).setParameter("owner", ownerId.toString())
                .executeUpdate();
        queue.wakeWorkersAfterCommit();
    }

    /** Reads the step of a claimed row; empty if the row is gone (its resume was deleted meanwhile). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<WorkItem> step(QueuedWork claim) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT resume_id, kind, CAST(payload AS text) FROM resume_work WHERE id = :id")
                .setParameter("id", claim.id()).getResultList();
        return rows.stream().findFirst().map(r -> new WorkItem(claim, (UUID) r[0], (String) r[1], (String) r[2]));
    }

    /**
     * Joins the caller's transaction, so the work's effect and its completion commit together. False when the claim
     * is stale (the lease ran out and another worker took the step over): the caller must then store nothing, so a
     * step's effect is stored once however often it was run.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean complete(WorkItem item) {
        return queue.complete(item.claim());
    }

    /**
     * As {@link #complete}, but the step runs again after {@code delay}, its attempt not counted: its effect is kept and
     * redone later (a resume read while ai-service was still embedding its taxonomy's labels). False when the claim is
     * stale.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean runAgainLater(WorkItem item, Duration delay) {
        return queue.release(List.of(item.claim()), delay) == 1;
    }

    /** How many parse steps of this user are waiting or running: more than a few means a batch is being uploaded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long unfinishedParses(UUID ownerId) {
        return ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM resume_work WHERE owner_key = :owner AND kind = 'parse' AND status IN ('pending', 'running')""")
                .setParameter("owner", ownerId.toString()).getSingleResult()).longValue();
    }

    /** Drops work that no longer makes sense once the resume is gone; notifications stay. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelProcessing(UUID resumeId) {
        em.createNativeQuery("DELETE FROM resume_work WHERE resume_id = :id AND kind IN ('parse', 'enrich') AND status <> 'done'")
                .setParameter("id", resumeId).executeUpdate();
    }
}
