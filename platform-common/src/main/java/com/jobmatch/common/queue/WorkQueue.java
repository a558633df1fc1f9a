package com.jobmatch.common.queue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.random.RandomGenerator;

/**
 * A durable work queue on a PostgreSQL table, the one every queue of the suite uses. Each service keeps its own
 * table (its own database, its own Flyway migration) with its own payload columns; the claim, lease, retry,
 * dead state, fairness and metrics live here only.
 *
 * <p>Claiming takes due rows with {@code FOR UPDATE SKIP LOCKED}, so concurrent workers never wait for or take the
 * same row, and leases them: a row whose worker died is due again when its lease runs out. Due rows are taken by
 * class first (every INTERACTIVE row before any BULK row) and, within a class, from the owner served longest ago
 * (table {@code work_owner_turns}), which is round-robin between owners: one owner's batch of 200 delays another
 * owner's single item by at most one item per worker.
 *
 * <p>Transactions belong to the caller: {@link #claim} should run in a short transaction of its own, and
 * {@link #complete} inside the transaction that stores the work's effect, so both commit or neither does.
 * Every method needs an active transaction.
 */
public final class WorkQueue {

    private static final String TURNS = "work_owner_turns";

    private final EntityManager em;
    private final QueueSettings settings;
    private final QueueMetrics metrics;
    private final RandomGenerator random;
    private final String claimSql;
    private final String claimItemSql;
    private final String buryExpiredSql;
    private final String extendLeaseSql;
    /** This process's workers of the queue ({@link QueueWorkers}), woken when a transaction that added work commits. */
    private final List<Runnable> newWorkListeners = new CopyOnWriteArrayList<>();

    public WorkQueue(EntityManager em, QueueSettings settings, MeterRegistry registry) {
        this(em, settings, registry, RandomGenerator.getDefault());
    }

    WorkQueue(EntityManager em, QueueSettings settings, MeterRegistry registry, RandomGenerator random) {
        this.em = em;
        this.settings = settings;
        this.metrics = new QueueMetrics(settings.table(), registry);
        this.random = random;
        String t = settings.table();
        // The owner's turn is upserted in the same statement, so a claim and the owner's place in the round commit
        // together; owners are locked in one order so two claiming workers cannot deadlock on their turn rows.
        this.claimSql = """
                WITH picked AS (
                    SELECT q.id, q.owner_key FROM %1$s q
                    LEFT JOIN %2$s turn ON turn.queue_name = :queue AND turn.owner_key = q.owner_key
                    WHERE (q.status = 'pending' AND q.run_after <= now())
                       OR (q.status = 'running' AND q.lease_until < now())
                    ORDER BY q.priority, turn.last_claimed_at NULLS FIRST, q.run_after, q.created_at, q.id
                    LIMIT :limit
                    FOR UPDATE OF q SKIP LOCKED),
                turns AS (
                    INSERT INTO %2$s (queue_name, owner_key, last_claimed_at)
                    SELECT :queue, o.owner_key, clock_timestamp() FROM (SELECT DISTINCT owner_key FROM picked) o ORDER BY o.owner_key
                    ON CONFLICT (queue_name, owner_key) DO UPDATE SET last_claimed_at = EXCLUDED.last_claimed_at)
                UPDATE %1$s w SET status = 'running', attempts = w.attempts + 1, lease_token = gen_random_uuid(),
                       lease_until = now() + make_interval(secs => :lease), claimed_at = clock_timestamp()
                FROM picked WHERE w.id = picked.id
                RETURNING w.id, w.owner_key, w.priority, w.attempts, w.lease_token""".formatted(t, TURNS);
        this.claimItemSql = """
                WITH picked AS (
                    SELECT q.id, q.owner_key FROM %1$s q
                    WHERE q.id = :id AND ((q.status = 'pending' AND q.run_after <= now())
                                          OR (q.status = 'running' AND q.lease_until < now()))
                      AND q.attempts < :max
                    FOR UPDATE OF q SKIP LOCKED),
                turns AS (
                    INSERT INTO %2$s (queue_name, owner_key, last_claimed_at)
                    SELECT :queue, owner_key, clock_timestamp() FROM picked
                    ON CONFLICT (queue_name, owner_key) DO UPDATE SET last_claimed_at = EXCLUDED.last_claimed_at)
                UPDATE %1$s w SET status = 'running', attempts = w.attempts + 1, lease_token = gen_random_uuid(),
                       lease_until = now() + make_interval(secs => :lease), claimed_at = clock_timestamp()
                FROM picked WHERE w.id = picked.id
                RETURNING w.id, w.owner_key, w.priority, w.attempts, w.lease_token""".formatted(t, TURNS);
        this.buryExpiredSql = """
                UPDATE %s SET status = 'dead', lease_until = NULL, lease_token = NULL,
                       last_error = coalesce(last_error || '; ', '') || 'lease expired on the last attempt'
                WHERE status = 'running' AND lease_until < now() AND attempts >= :max""".formatted(t);
        this.extendLeaseSql = """
                UPDATE %s SET lease_until = now() + make_interval(secs => :lease)
                WHERE id = :id AND lease_token = :token AND status = 'running'""".formatted(t);
    }

    public String table() {
        return settings.table();
    }

    /**
     * Says that the current transaction added work: once it commits, this process's idle workers look for it at once
     * instead of at their next poll (a rolled-back transaction wakes nobody). Other instances' workers still find it
     * at their poll. Called by the store that inserts the rows; several calls in one transaction wake once.
     */
    public void wakeWorkersAfterCommit() {
        if (newWorkListeners.isEmpty()) {
            return;
        }
        TransactionSynchronizationRegistry transaction = Arc.container().instance(TransactionSynchronizationRegistry.class).get();
        String key = WorkQueue.class.getName() + ":" + settings.table();
        if (transaction.getResource(key) != null) {
            return;
        }
        transaction.putResource(key, Boolean.TRUE);
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    newWorkListeners.forEach(Runnable::run);
                }
            }
        });
    }

    /** Runs {@code listener} after each commit that added work ({@link #wakeWorkersAfterCommit}). */
    void onNewWork(Runnable listener) {
        newWorkListeners.add(listener);
    }

    /**
     * Leases up to {@code limit} due items, INTERACTIVE first, round-robin between owners within a class.
     * An item whose lease ran out on its last allowed attempt is marked dead instead of being run again.
     */
    @SuppressWarnings("unchecked")
    public List<QueuedWork> claim(int limit) {
        int buried = em.createNativeQuery(buryExpiredSql).setParameter("max", settings.maxAttempts()).executeUpdate();
        metrics.died(buried);
        List<Object[]> rows = em.createNativeQuery(claimSql)
                .setParameter("queue", settings.table())
                .setParameter("limit", limit)
                .setParameter("lease", settings.lease().toMillis() / 1000.0)
                .getResultList();
        return rows.stream()
                .map(r -> new QueuedWork((UUID) r[0], (String) r[1], WorkPriority.ofRank(((Number) r[2]).intValue()),
                        ((Number) r[3]).intValue(), (UUID) r[4]))
                .sorted(Comparator.comparing(QueuedWork::priority))
                .toList();
    }

    public Optional<QueuedWork> claimOne() {
        return claim(1).stream().findFirst();
    }

    /**
     * Leases one given item now, if it is due and no worker holds it: the item a person is waiting on, done on their
     * request instead of in its turn. Empty when it is not due, is being worked on, or had its attempts. The owner's turn
     * counts as served, as for any claim.
     */
    @SuppressWarnings("unchecked")
    public Optional<QueuedWork> claimItem(UUID id) {
        List<Object[]> rows = em.createNativeQuery(claimItemSql)
                .setParameter("id", id)
                .setParameter("max", settings.maxAttempts())
                .setParameter("queue", settings.table())
                .setParameter("lease", settings.lease().toMillis() / 1000.0)
                .getResultList();
        return rows.stream().findFirst().map(r -> new QueuedWork((UUID) r[0], (String) r[1],
                WorkPriority.ofRank(((Number) r[2]).intValue()), ((Number) r[3]).intValue(), (UUID) r[4]));
    }

    /**
     * Gives items still being worked on a full lease from now, in the caller's transaction, so another worker does not
     * take them over while their step runs. A stale claim (completed, failed, re-queued or taken over meanwhile) is
     * left alone. Returns the items whose lease was extended, i.e. whose claim is still held.
     */
    public List<QueuedWork> extendLeases(Collection<QueuedWork> items) {
        List<QueuedWork> held = new ArrayList<>();
        for (QueuedWork item : items) {
            int updated = em.createNativeQuery(extendLeaseSql)
                    .setParameter("lease", settings.lease().toMillis() / 1000.0)
                    .setParameter("id", item.id()).setParameter("token", item.leaseToken())
                    .executeUpdate();
            if (updated == 1) {
                held.add(item);
            }
        }
        return held;
    }

    /**
     * Keeps the leases of claimed items alive while their work runs: every third of the lease each item still held
     * gets a full lease again (in a short transaction of its own, on a scheduler thread), until {@link
     * LeaseHeartbeat#close()} or until no item is held any more. A step slower than its lease is then neither taken
     * over nor run twice, while a crashed worker's items still come back one lease after its last heartbeat. Use it
     * around the work, in try-with-resources.
     */
    public LeaseHeartbeat keepLeased(Collection<QueuedWork> items) {
        return LeaseHeartbeat.start(this, items, settings.lease().dividedBy(3));
    }

    /**
     * Marks the item done (or deletes it), in the caller's transaction. Returns false when the claim is stale: the
     * item was re-queued with new content or taken over after its lease ran out, and stays for that newer run.
     */
    public boolean complete(QueuedWork item) {
        String sql = settings.keepDone()
                ? "UPDATE %s SET status = 'done', lease_until = NULL, last_error = NULL WHERE id = :id AND lease_token = :token"
                : "DELETE FROM %s WHERE id = :id AND lease_token = :token";
        boolean done = em.createNativeQuery(sql.formatted(settings.table()))
                .setParameter("id", item.id()).setParameter("token", item.leaseToken()).executeUpdate() == 1;
        if (done) {
            metrics.processed();
        }
        return done;
    }

    /**
     * Records a failed attempt: the item is due again after the backoff, or dead (keeping the error) once it had
     * its attempts. Returns true when it was given up. Run it in a transaction of its own, after the attempt's
     * transaction rolled back.
     */
    public boolean fail(QueuedWork item, String error) {
        boolean dead = item.attempts() >= settings.maxAttempts();
        Duration delay = Backoff.after(item.attempts(), settings.firstRetry(), settings.maxRetry(), random);
        String message = error == null || error.isBlank() ? "unknown error" : error;
        em.createNativeQuery("""
                        UPDATE %s SET status = :status, lease_until = NULL, lease_token = NULL, last_error = :error,
                               run_after = now() + make_interval(secs => :delay)
                        WHERE id = :id AND lease_token = :token""".formatted(settings.table()))
                .setParameter("status", dead ? "dead" : "pending")
                .setParameter("error", message.substring(0, Math.min(message.length(), 2000)))
                .setParameter("delay", delay.toMillis() / 1000.0)
                .setParameter("id", item.id()).setParameter("token", item.leaseToken())
                .executeUpdate();
        metrics.failed();
        if (dead) {
            metrics.died(1);
        }
        return dead;
    }

    /**
     * Gives claimed items back untried, in the caller's transaction: pending again after {@code delay}, their claim's
     * attempt not counted. For the rest of a batch when a dependency every item needs is down: trying each of them
     * against it would only burn their attempts and push them into ever longer backoffs (or the dead state) for an
     * outage that is not theirs. A stale claim is left alone. Returns how many were given back.
     */
    public int release(Collection<QueuedWork> items, Duration delay) {
        int released = 0;
        for (QueuedWork item : items) {
            released += em.createNativeQuery("""
                            UPDATE %s SET status = 'pending', attempts = greatest(attempts - 1, 0), lease_until = NULL,
                                   lease_token = NULL, run_after = now() + make_interval(secs => :delay)
                            WHERE id = :id AND lease_token = :token AND status = 'running'""".formatted(settings.table()))
                    .setParameter("delay", delay.toMillis() / 1000.0)
                    .setParameter("id", item.id()).setParameter("token", item.leaseToken())
                    .executeUpdate();
        }
        return released;
    }

    /**
     * Gives dead items a new start: pending now, attempts from zero; their last error is kept until they run again.
     * Returns how many were revived. Runs in the caller's transaction.
     */
    public int reviveDead() {
        return em.createNativeQuery("""
                        UPDATE %s SET status = 'pending', attempts = 0, run_after = now(), lease_until = NULL,
                               lease_token = NULL
                        WHERE status = 'dead'""".formatted(settings.table())).executeUpdate();
    }

    /** Reads the backlog and publishes it as the queue's gauges. */
    public QueueStats refreshStats() {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT count(*) FILTER (WHERE status IN ('pending', 'running')),
                       coalesce(extract(epoch FROM now() - min(created_at) FILTER (WHERE status IN ('pending', 'running'))), 0),
                       count(*) FILTER (WHERE status = 'dead')
                FROM %s""".formatted(settings.table())).getSingleResult();
        QueueStats stats = new QueueStats(((Number) row[0]).longValue(), ((Number) row[1]).doubleValue(),
                ((Number) row[2]).longValue());
        metrics.show(stats);
        return stats;
    }

    /** Drops done rows older than {@code age} and owners' turns nobody took for as long. */
    public int purge(Duration age) {
        double seconds = age.toMillis() / 1000.0;
        em.createNativeQuery("DELETE FROM %s WHERE queue_name = :queue AND last_claimed_at < now() - make_interval(secs => :age)"
                        .formatted(TURNS))
                .setParameter("queue", settings.table()).setParameter("age", seconds).executeUpdate();
        return em.createNativeQuery("DELETE FROM %s WHERE status = 'done' AND updated_at < now() - make_interval(secs => :age)"
                        .formatted(settings.table()))
                .setParameter("age", seconds).executeUpdate();
    }
}
