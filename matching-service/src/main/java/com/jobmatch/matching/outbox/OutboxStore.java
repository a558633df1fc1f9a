package com.jobmatch.matching.outbox;

import com.jobmatch.common.queue.QueueSettings;
import com.jobmatch.common.queue.QueuedWork;
import com.jobmatch.common.queue.WorkQueue;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Calls to user-service waiting to be made (table user_service_outbox) on the suite's work-queue component: leases,
 * attempts with backoff (30 s doubling to 30 min), the dead state and metrics come from there. Callers own the
 * transactions: {@link #add} runs in the transaction of the action it reports.
 */
@ApplicationScoped
public class OutboxStore {

    /** A queued call: EMAIL or AUDIT, and its JSON body. */
    public record Entry(String kind, String payload) {
    }

    private final EntityManager em;
    private final WorkQueue queue;

    public OutboxStore(EntityManager em, MeterRegistry registry,
                       @ConfigProperty(name = "jobmatch.outbox.max-attempts", defaultValue = "20") int maxAttempts,
                       @ConfigProperty(name = "jobmatch.outbox.first-retry", defaultValue = "PT30S") Duration firstRetry) {
        this.em = em;
        this.queue = new WorkQueue(em, new QueueSettings("user_service_outbox", Duration.ofMinutes(1), firstRetry,
                Duration.ofMinutes(30).compareTo(firstRetry) < 0 ? firstRetry : Duration.ofMinutes(30), maxAttempts, false),
                registry);
    }

    public WorkQueue queue() {
        return queue;
    }

    /** Queues a call; the owner is the organization, so one busy organization does not hold up the others' mail. */
    public UUID add(String kind, String payloadJson, String owner) {
        return add(kind, payloadJson, owner, null);
    }

    /** As {@link #add(String, String, String)}, naming what the call is about so that it can be withdrawn. */
    public UUID add(String kind, String payloadJson, String owner, String reference) {
        queue.wakeWorkersAfterCommit();
        return (UUID) em.createNativeQuery("""
                        INSERT INTO user_service_outbox (kind, payload, owner_key, reference)
                        VALUES (?1, CAST(?2 AS jsonb), ?3, ?4) RETURNING id""", UUID.class)
                .setParameter(1, kind).setParameter(2, payloadJson).setParameter(3, owner).setParameter(4, reference)
                .getSingleResult();
    }

    /**
     * Removes the calls about {@code reference} that are still waiting; one a worker has already claimed (running) is
     * made. Returns how many were removed.
     */
    public int withdraw(String reference) {
        return em.createNativeQuery("DELETE FROM user_service_outbox WHERE reference = ?1 AND status = 'pending'")
                .setParameter(1, reference).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public Optional<Entry> entry(QueuedWork item) {
        List<Object[]> rows = em.createNativeQuery("SELECT kind, CAST(payload AS text) FROM user_service_outbox WHERE id = ?1")
                .setParameter(1, item.id()).getResultList();
        return rows.stream().findFirst().map(r -> new Entry((String) r[0], (String) r[1]));
    }
}
