package com.jobmatch.resume.store;

import com.jobmatch.resume.config.ResumeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The durable work queue in PostgreSQL (table resume_work). Work is enqueued in the same transaction as the
 * change that causes it, so it is never lost; workers claim rows with FOR UPDATE SKIP LOCKED under a lease,
 * and a row whose lease ran out (its worker died with the service) is claimed again.
 */
@ApplicationScoped
public class WorkQueue {

    private static final String CLAIM = """
            UPDATE resume_work SET status = 'running', attempts = attempts + 1,
                   lease_until = now() + make_interval(secs => :lease)
            WHERE id = (SELECT id FROM resume_work
                        WHERE (status = 'pending' AND run_after <= now())
                           OR (status = 'running' AND lease_until < now())
                        ORDER BY run_after, created_at
                        LIMIT 1
                        FOR UPDATE SKIP LOCKED)
            RETURNING id, resume_id, kind, CAST(payload AS text), attempts
            """;

    private final EntityManager em;
    private final ResumeConfig.Work config;

    public WorkQueue(EntityManager em, ResumeConfig config) {
        this.em = em;
        this.config = config.work();
    }

    /** Joins the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(UUID resumeId, String kind, String payloadJson) {
        em.createNativeQuery("INSERT INTO resume_work (resume_id, kind, payload) VALUES (:resume, :kind, CAST(:payload AS jsonb))")
                .setParameter("resume", resumeId).setParameter("kind", kind).setParameter("payload", payloadJson)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<WorkItem> claim() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CLAIM)
                .setParameter("lease", (double) config.lease().toMillis() / 1000).getResultList();
        return rows.stream().findFirst().map(r -> new WorkItem((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue()));
    }

    /** Joins the caller's transaction, so the work's effect and its completion commit together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(UUID id) {
        em.createNativeQuery("UPDATE resume_work SET status = 'done', lease_until = NULL, last_error = NULL WHERE id = :id")
                .setParameter("id", id).executeUpdate();
    }

    /** Schedules another attempt with exponential backoff, or gives up after the configured number of attempts. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean retryLater(WorkItem item, String error) {
        boolean giveUp = item.attempts() >= config.maxAttempts();
        long delayMillis = Math.min(config.maxBackoff().toMillis(),
                config.backoff().toMillis() * (1L << Math.min(20, item.attempts() - 1)));
        em.createNativeQuery("""
                        UPDATE resume_work SET status = :status, lease_until = NULL, last_error = :error,
                               run_after = now() + make_interval(secs => :delay)
                        WHERE id = :id""")
                .setParameter("status", giveUp ? "dead" : "pending")
                .setParameter("error", error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 2000)))
                .setParameter("delay", delayMillis / 1000.0)
                .setParameter("id", item.id()).executeUpdate();
        return !giveUp;
    }

    /** Drops work that no longer makes sense once the resume is gone; notifications stay. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelProcessing(UUID resumeId) {
        em.createNativeQuery("DELETE FROM resume_work WHERE resume_id = :id AND kind IN ('parse', 'enrich') AND status <> 'done'")
                .setParameter("id", resumeId).executeUpdate();
    }
}
