package com.jobmatch.resume.queue;

import com.jobmatch.common.queue.QueueSettings;
import com.jobmatch.common.queue.QueueWorkers;
import com.jobmatch.common.queue.WorkHandler;
import com.jobmatch.common.queue.QueuedWork;
import com.jobmatch.common.queue.WorkPriority;
import com.jobmatch.common.testing.Management;
import com.jobmatch.common.queue.WorkQueue;
import com.jobmatch.resume.testing.Db;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The suite's work-queue component (platform-common) on a probe table of its own, so that resume-service's
 * workers, which drain resume_work meanwhile, never touch these rows. The probe table has exactly the columns
 * the component requires, plus one payload column (label).
 */
@QuarkusTest
class WorkQueueTest {

    private static final String TABLE = "probe_work";

    @Inject
    EntityManager em;
    @Inject
    MeterRegistry registry;
    @Inject
    AgroalDataSource dataSource;

    private Db db;

    @BeforeEach
    void freshTable() {
        db = new Db(dataSource);
        db.update("""
                CREATE TABLE IF NOT EXISTS probe_work (
                    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
                    label       TEXT        NOT NULL,
                    status      VARCHAR(10) NOT NULL DEFAULT 'pending',
                    priority    SMALLINT    NOT NULL DEFAULT 1,
                    owner_key   TEXT        NOT NULL DEFAULT '',
                    attempts    INTEGER     NOT NULL DEFAULT 0,
                    run_after   TIMESTAMPTZ NOT NULL DEFAULT now(),
                    lease_until TIMESTAMPTZ,
                    lease_token UUID,
                    claimed_at  TIMESTAMPTZ,
                    last_error  TEXT,
                    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
                    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now())""");
        db.update("TRUNCATE probe_work");
        db.update("DELETE FROM work_owner_turns WHERE queue_name = ?", TABLE);
    }

    @Test
    void interactiveWorkIsClaimedBeforeOlderBulkWork() {
        WorkQueue queue = queue(5);
        add("batch-owner", WorkPriority.BULK, "bulk-1", 300);
        add("batch-owner", WorkPriority.BULK, "bulk-2", 299);
        add("single-owner", WorkPriority.INTERACTIVE, "interactive", 5);

        assertEquals(List.of("interactive", "bulk-1", "bulk-2"), drain(queue));
    }

    @Test
    void ownersTakeTurnsWithinAClass() {
        WorkQueue queue = queue(5);
        for (int i = 1; i <= 3; i++) {
            add("owner-a", WorkPriority.BULK, "a" + i, 300 - i);
        }
        add("owner-b", WorkPriority.BULK, "b1", 60);
        add("owner-b", WorkPriority.BULK, "b2", 59);

        // First in, first out would give a1 a2 a3 b1 b2.
        assertEquals(List.of("a1", "b1", "a2", "b2", "a3"), drain(queue));
    }

    @Test
    void twoWorkersClaimDifferentItemsWithoutWaiting() throws Exception {
        WorkQueue queue = queue(5);
        // Two owners: claims of one owner also update that owner's turn row, which would make them wait on each other.
        add("owner-a", WorkPriority.INTERACTIVE, "first", 20);
        add("owner-b", WorkPriority.INTERACTIVE, "second", 10);
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService workers = Executors.newFixedThreadPool(2);
        QueuedWork first;
        Optional<QueuedWork> second;
        try {
            // Worker one claims and keeps its transaction (and the row lock) open.
            Future<QueuedWork> one = workers.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                QueuedWork item = queue.claimOne().orElseThrow();
                claimed.countDown();
                release.await();
                return item;
            }));
            assertTrue(claimed.await(30, TimeUnit.SECONDS), "worker one claimed");
            // Worker two skips the locked row instead of waiting for it; without SKIP LOCKED it would block here.
            Future<Optional<QueuedWork>> two = workers.submit(() -> QuarkusTransaction.requiringNew().call(queue::claimOne));
            second = two.get(30, TimeUnit.SECONDS);
            release.countDown();
            first = one.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            workers.shutdownNow();
        }

        assertTrue(second.isPresent(), "worker two found the other due item");
        assertNotEquals(first.id(), second.get().id());
        assertEquals("first", label(first));
        assertEquals("second", label(second.get()));
    }

    @Test
    void anItemWhoseLeaseRanOutIsClaimedAgainAndTheStaleClaimCannotComplete() {
        WorkQueue queue = queue(5);
        add("owner", WorkPriority.INTERACTIVE, "crashy", 10);
        QueuedWork crashed = QuarkusTransaction.requiringNew().call(queue::claimOne).orElseThrow();
        assertTrue(QuarkusTransaction.requiringNew().call(queue::claimOne).isEmpty(), "a live lease keeps the item");

        // The worker died: its lease runs out.
        db.update("UPDATE probe_work SET lease_until = now() - interval '1 second' WHERE id = ?", crashed.id());
        QueuedWork again = QuarkusTransaction.requiringNew().call(queue::claimOne).orElseThrow();

        assertEquals(crashed.id(), again.id());
        assertEquals(2, again.attempts());
        assertNotEquals(crashed.leaseToken(), again.leaseToken());
        assertFalse(QuarkusTransaction.requiringNew().call(() -> queue.complete(crashed)), "the stale claim changes nothing");
        assertEquals("running", status(again));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> queue.complete(again)));
        assertEquals("done", status(again));
    }

    /**
     * A step that runs for more than three leases: its worker's heartbeat renews the lease while it runs, so the
     * second worker, polling all the while, never takes the item over, and the one run stores its effect. Without
     * the heartbeat the second worker claimed the item after one lease, ran it again, and the first run's
     * completion was refused as stale.
     */
    @Test
    void aStepSlowerThanItsLeaseIsRenewedAndRunOnce() throws Exception {
        WorkQueue queue = new WorkQueue(em, new QueueSettings(TABLE, Duration.ofMillis(1500), Duration.ofSeconds(10),
                Duration.ofMinutes(5), 5, true), registry);
        add("owner", WorkPriority.INTERACTIVE, "slow", 10);
        AtomicInteger runs = new AtomicInteger();
        List<Boolean> completions = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch finished = new CountDownLatch(1);
        WorkHandler slow = item -> {
            runs.incrementAndGet();
            Thread.sleep(5_000);
            completions.add(QuarkusTransaction.requiringNew().call(() -> queue.complete(item)));
            finished.countDown();
        };
        QueueWorkers workers = new QueueWorkers(queue, slow, Duration.ofMillis(100));
        workers.start(2);
        try {
            assertTrue(finished.await(60, TimeUnit.SECONDS), "the slow step finished");
            // Time for a second run to show up if the item had been taken over.
            Thread.sleep(2_000);
        } finally {
            workers.stop();
        }

        assertEquals(1, runs.get(), "the step ran once");
        assertEquals(List.of(true), completions, "its completion was not stale");
        assertEquals("done", db.text("SELECT status FROM probe_work WHERE label = 'slow'"));
        assertEquals("1", db.text("SELECT attempts FROM probe_work WHERE label = 'slow'"));
    }

    /**
     * An idle worker waits for its poll (a minute here) unless a commit that added work wakes it: the row added
     * without a wake-up waits, the one added with it is handled at once (and the waiting one with it).
     */
    @Test
    void aCommitThatAddsWorkWakesAnIdleWorkerBeforeItsPoll() throws Exception {
        WorkQueue queue = queue(5);
        List<String> handled = Collections.synchronizedList(new ArrayList<>());
        WorkHandler record = item -> {
            handled.add(label(item));
            QuarkusTransaction.requiringNew().run(() -> queue.complete(item));
        };
        QueueWorkers workers = new QueueWorkers(queue, record, Duration.ofMinutes(1));
        workers.start(1);
        try {
            Thread.sleep(500); // the worker's first look found nothing: it is idle now
            add("owner", WorkPriority.BULK, "unannounced", 0);
            Thread.sleep(1_500);
            assertEquals(List.of(), handled, "work added without a wake-up waits for the poll");

            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("INSERT INTO probe_work (label) VALUES ('announced')").executeUpdate();
                queue.wakeWorkersAfterCommit();
                queue.wakeWorkersAfterCommit(); // twice in one transaction: one wake-up
            });
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (handled.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            workers.stop();
        }
        assertEquals(List.of("announced", "unannounced"), handled.stream().sorted().toList(),
                "the commit woke the worker long before its poll");
    }

    @Test
    void aStaleClaimIsNotRenewedButTheLiveOneIs() {
        WorkQueue queue = queue(5);
        add("owner", WorkPriority.INTERACTIVE, "taken-over", 10);
        QueuedWork stale = QuarkusTransaction.requiringNew().call(queue::claimOne).orElseThrow();
        db.update("UPDATE probe_work SET lease_until = now() - interval '1 second' WHERE id = ?", stale.id());
        QueuedWork live = QuarkusTransaction.requiringNew().call(queue::claimOne).orElseThrow();
        db.update("UPDATE probe_work SET lease_until = now() + interval '1 second' WHERE id = ?", live.id());

        assertEquals(List.of(), QuarkusTransaction.requiringNew().call(() -> queue.extendLeases(List.of(stale))));
        assertEquals(List.of(live), QuarkusTransaction.requiringNew().call(() -> queue.extendLeases(List.of(live))));
        double left = Double.parseDouble(db.text(
                "SELECT extract(epoch FROM lease_until - now()) FROM probe_work WHERE id = ?", live.id()));
        assertTrue(left > 50, "a full lease (1 min) again, " + left + " s left");
        QuarkusTransaction.requiringNew().run(() -> queue.complete(live));
        assertEquals(List.of(), QuarkusTransaction.requiringNew().call(() -> queue.extendLeases(List.of(live))),
                "a completed item is not renewed");
    }

    @Test
    void failedItemsBackOffAndDieAfterTheirLastAttemptKeepingTheError() {
        WorkQueue queue = queue(2);
        add("owner", WorkPriority.INTERACTIVE, "flaky", 10);

        QueuedWork first = QuarkusTransaction.requiringNew().call(queue::claimOne).orElseThrow();
        assertFalse(QuarkusTransaction.requiringNew().call(() -> queue.fail(first, "boom 1")), "one attempt left");
        assertEquals("pending", status(first));
        assertEquals("boom 1", db.text("SELECT last_error FROM probe_work WHERE id = ?", first.id()));
        // First retry delay 10 s plus up to half again of jitter: between 10 and 15 s from now.
        double delay = Double.parseDouble(db.text(
                "SELECT extract(epoch FROM run_after - now()) FROM probe_work WHERE id = ?", first.id()));
        assertTrue(delay > 9 && delay <= 15, "retry in " + delay + " s");
        assertTrue(QuarkusTransaction.requiringNew().call(queue::claimOne).isEmpty(), "not due before its backoff");

        db.update("UPDATE probe_work SET run_after = now() - interval '1 second' WHERE id = ?", first.id());
        QueuedWork last = QuarkusTransaction.requiringNew().call(queue::claimOne).orElseThrow();
        assertEquals(2, last.attempts());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> queue.fail(last, "boom 2")), "given up");

        assertEquals("dead", status(last));
        assertEquals("boom 2", db.text("SELECT last_error FROM probe_work WHERE id = ?", last.id()));
        db.update("UPDATE probe_work SET run_after = now() - interval '1 second' WHERE id = ?", last.id());
        assertTrue(QuarkusTransaction.requiringNew().call(queue::claimOne).isEmpty(), "a dead item is not run again");
    }

    @Test
    void deadItemsAreRevivedWithTheirAttemptsFromZero() {
        WorkQueue queue = queue(1);
        add("owner", WorkPriority.BULK, "doomed", 10);
        QueuedWork only = QuarkusTransaction.requiringNew().call(queue::claimOne).orElseThrow();
        assertTrue(QuarkusTransaction.requiringNew().call(() -> queue.fail(only, "boom")), "given up");
        add("owner", WorkPriority.BULK, "alive", 5);

        assertEquals(1, QuarkusTransaction.requiringNew().call(queue::reviveDead));
        assertEquals("pending", status(only));
        assertEquals("0", db.text("SELECT attempts FROM probe_work WHERE id = ?", only.id()));
        // Due again from now: after the item that was due before it.
        assertEquals(List.of("alive", "doomed"), drain(queue));
        assertEquals(0, QuarkusTransaction.requiringNew().call(queue::reviveDead));
    }

    @Test
    void completionCommitsOnlyWithTheCallersTransaction() {
        WorkQueue queue = queue(5);
        add("owner", WorkPriority.INTERACTIVE, "effectful", 10);
        QueuedWork item = QuarkusTransaction.requiringNew().call(queue::claimOne).orElseThrow();

        try {
            QuarkusTransaction.requiringNew().run(() -> {
                queue.complete(item);
                throw new IllegalStateException("storing the effect failed");
            });
        } catch (IllegalStateException expected) {
            // the caller's transaction rolled back
        }
        assertEquals("running", status(item));

        QuarkusTransaction.requiringNew().run(() -> queue.complete(item));
        assertEquals("done", status(item));
    }

    @Test
    void theBacklogIsPublishedAtQMetrics() {
        WorkQueue queue = queue(5);
        add("owner", WorkPriority.BULK, "waiting-1", 120);
        add("owner", WorkPriority.BULK, "waiting-2", 60);
        QuarkusTransaction.requiringNew().run(() -> {
            QueuedWork item = queue.claimOne().orElseThrow();
            queue.complete(item);
        });
        QuarkusTransaction.requiringNew().call(queue::refreshStats);

        Management.given().get("/q/metrics").then().statusCode(200)
                .body(containsString("work_queue_depth{queue=\"probe_work\"} 1.0"))
                .body(containsString("work_queue_oldest_age_seconds{queue=\"probe_work\"}"))
                .body(containsString("work_queue_processed_total{queue=\"probe_work\"}"))
                .body(containsString("work_queue_failures_total{queue=\"probe_work\"}"))
                .body(containsString("work_queue_depth{queue=\"resume_work\"}"));
    }

    private WorkQueue queue(int maxAttempts) {
        return new WorkQueue(em, new QueueSettings(TABLE, Duration.ofMinutes(1), Duration.ofSeconds(10),
                Duration.ofMinutes(5), maxAttempts, true), registry);
    }

    private void add(String owner, WorkPriority priority, String label, int secondsAgo) {
        db.update("""
                INSERT INTO probe_work (label, owner_key, priority, created_at, run_after)
                VALUES (?, ?, ?, now() - make_interval(secs => ?), now() - make_interval(secs => ?))""",
                label, owner, (short) priority.rank(), secondsAgo, secondsAgo);
    }

    /** Claims and completes one item at a time until none is due; the labels in the order they were claimed. */
    private List<String> drain(WorkQueue queue) {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Optional<QueuedWork> item = QuarkusTransaction.requiringNew().call(queue::claimOne);
            if (item.isEmpty()) {
                return order;
            }
            order.add(label(item.get()));
            QuarkusTransaction.requiringNew().run(() -> queue.complete(item.get()));
        }
        return order;
    }

    private String label(QueuedWork item) {
        return db.text("SELECT label FROM probe_work WHERE id = ?", item.id());
    }

    private String status(QueuedWork item) {
        return db.text("SELECT status FROM probe_work WHERE id = ?", item.id());
    }

}
