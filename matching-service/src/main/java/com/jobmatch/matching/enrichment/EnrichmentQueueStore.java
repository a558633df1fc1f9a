package com.jobmatch.matching.enrichment;

import com.jobmatch.common.queue.QueueSettings;
import com.jobmatch.common.queue.QueuedWork;
import com.jobmatch.common.queue.WorkQueue;
import com.jobmatch.matching.config.MatchingConfig;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The durable enrichment queue (table enrichment_queue) on the suite's work-queue component, which owns claiming,
 * leases, retries, the dead state and the queue's metrics; and the writes that complete an entry. Callers own the
 * transactions.
 */
@ApplicationScoped
public class EnrichmentQueueStore {

    public record Claim(QueuedWork work, UUID jobId) {
    }

    private final EntityManager em;
    private final WorkQueue queue;

    public EnrichmentQueueStore(EntityManager em, MatchingConfig config, MeterRegistry registry) {
        this.em = em;
        MatchingConfig.Enrichment enrichment = config.enrichment();
        this.queue = new WorkQueue(em, new QueueSettings("enrichment_queue", enrichment.lease(), enrichment.backoff(),
                enrichment.maxBackoff(), enrichment.maxAttempts(), false), registry);
    }

    public WorkQueue queue() {
        return queue;
    }

    /** Due entries, leased so that another worker skips them and a crashed worker's entries come back. */
    public List<Claim> claimDue(int limit) {
        return claims(queue.claim(limit));
    }

    /** Claims the entry of this job now, if it is due and nobody works on it (a person waits for this job). */
    @SuppressWarnings("unchecked")
    public Optional<Claim> claimJob(UUID jobId) {
        List<UUID> ids = em.createNativeQuery("SELECT id FROM enrichment_queue WHERE job_id = :job", UUID.class)
                .setParameter("job", jobId).getResultList();
        return ids.stream().findFirst().flatMap(queue::claimItem).map(work -> new Claim(work, jobId));
    }

    /** The job of a claimed entry; empty when the entry is gone (its job was deleted meanwhile). */
    public Optional<Claim> claimOf(QueuedWork work) {
        return claims(List.of(work)).stream().findFirst();
    }

    /** The jobs of claimed entries, in order, without the entries that are gone. */
    public List<Claim> claimsOf(List<QueuedWork> work) {
        return claims(work);
    }

    @SuppressWarnings("unchecked")
    private List<Claim> claims(List<QueuedWork> work) {
        if (work.isEmpty()) {
            return List.of();
        }
        Map<UUID, UUID> jobs = ((List<Object[]>) em.createNativeQuery("SELECT id, job_id FROM enrichment_queue WHERE id IN (:ids)")
                .setParameter("ids", work.stream().map(QueuedWork::id).toList()).getResultList())
                .stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> (UUID) r[1]));
        return work.stream().filter(w -> jobs.containsKey(w.id())).map(w -> new Claim(w, jobs.get(w.id()))).toList();
    }

    /** Done: the entry goes, unless the job was queued again meanwhile (then the newer content is enriched too). */
    public void complete(Claim claim) {
        queue.complete(claim.work());
    }

    /**
     * Done for now, to be done again after {@code delay}: the entry is pending again, its attempt not counted (a job read
     * while ai-service was still embedding the taxonomy's labels). Runs in the caller's transaction.
     */
    public void readAgainLater(Claim claim, Duration delay) {
        queue.release(List.of(claim.work()), delay);
    }

    /** A failed attempt: retried after the queue's backoff, or dead (kept with the error) after the last attempt. */
    public void retryLater(Claim claim, String error) {
        queue.fail(claim.work(), error);
    }
}
