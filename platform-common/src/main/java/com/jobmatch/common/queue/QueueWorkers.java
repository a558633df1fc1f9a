package com.jobmatch.common.queue;

import com.jobmatch.common.logging.FailureText;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A queue's worker threads: each claims one item at a time (or up to its batch size, for a handler that batches
 * across items, see {@link WorkHandler#handleAll}), runs it through the handler and records its outcome,
 * and, when nothing is due, waits for the poll interval or until a commit adds work ({@link #wake}), whichever comes
 * first. One of them also refreshes the queue's gauges and purges old done rows now and then. Several service
 * instances may run workers; SKIP LOCKED keeps them apart.
 */
public final class QueueWorkers {

    private static final Logger LOG = Logger.getLogger(QueueWorkers.class);
    private static final Duration STATS_EVERY = Duration.ofSeconds(5);
    private static final Duration KEEP_DONE = Duration.ofDays(1);

    private final WorkQueue queue;
    private final WorkHandler handler;
    private final Duration pollEvery;
    private final int batchSize;
    private final AtomicBoolean running = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();
    /** One permit per idle worker to wake; a permit left while every worker is busy makes its next wait a re-check. */
    private final Semaphore wakeups = new Semaphore(0);
    private volatile int workerCount;
    private volatile long nextHousekeeping;

    public QueueWorkers(WorkQueue queue, WorkHandler handler, Duration pollEvery) {
        this(queue, handler, pollEvery, 1);
    }

    /** Workers that each claim up to {@code batchSize} items at once and give them to {@link WorkHandler#handleAll}. */
    public QueueWorkers(WorkQueue queue, WorkHandler handler, Duration pollEvery, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
        this.queue = queue;
        this.handler = handler;
        this.pollEvery = pollEvery;
        this.batchSize = batchSize;
        queue.onNewWork(this::wake);
    }

    /** Idle workers look for due work now instead of at their next poll. */
    public void wake() {
        int workers = workerCount;
        if (wakeups.availablePermits() < workers) {
            wakeups.release(workers - wakeups.availablePermits());
        }
    }

    /** Starts {@code count} workers; 0 starts none (e.g. a service instance that only serves requests). */
    public synchronized void start(int count) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        for (int i = 0; i < count; i++) {
            Thread thread = Thread.ofPlatform().daemon().name(queue.table() + "-worker-" + i).unstarted(this::loop);
            threads.add(thread);
            thread.start();
        }
        workerCount = count;
        LOG.infof("%d workers on queue %s", count, queue.table());
    }

    /** Stops the workers; an item being handled finishes first (or its lease runs out if the process dies). */
    public synchronized void stop() {
        running.set(false);
        workerCount = 0;
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        threads.clear();
    }

    private void loop() {
        while (running.get()) {
            try {
                housekeeping();
                if (!(batchSize == 1 ? runOne() : runBatch())) {
                    wakeups.tryAcquire(pollEvery.toNanos(), TimeUnit.NANOSECONDS);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // The database is unreachable or the service is stopping: wait and try again.
                if (!running.get()) {
                    return;
                }
                LOG.warnf("Queue %s: %s", queue.table(), FailureText.of(e));
                sleepQuietly();
            }
        }
    }

    /** Claims and handles one item; false when nothing was due. */
    public boolean runOne() {
        Optional<QueuedWork> claimed = QuarkusTransaction.requiringNew().call(queue::claimOne);
        if (claimed.isEmpty()) {
            return false;
        }
        QueuedWork item = claimed.get();
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        // The lease is renewed while the step runs, so a step slower than the lease is not taken over and run twice.
        try (LeaseHeartbeat heartbeat = queue.keepLeased(List.of(item))) {
            handler.handle(item);
        } catch (Exception e) {
            // The item's id, the exception's class and a sanitised message: the raw message may quote a document's
            // content, an address or a token; the same text is kept in the row's last_error.
            String error = FailureText.of(e);
            LOG.infof("Queue %s: item %s failed (attempt %d): %s", queue.table(), item.id(), item.attempts(), error);
            if (QuarkusTransaction.requiringNew().call(() -> queue.fail(item, error))) {
                LOG.warnf("Queue %s: gave up on item %s after %d attempts: %s", queue.table(), item.id(), item.attempts(), error);
                handler.gaveUp(item, error);
            }
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
        return true;
    }

    /** Claims up to the batch size and hands the items to the handler together; false when nothing was due. */
    public boolean runBatch() {
        List<QueuedWork> claimed = QuarkusTransaction.requiringNew().call(() -> queue.claim(batchSize));
        if (claimed.isEmpty()) {
            return false;
        }
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        Map<QueuedWork, String> failed;
        try (LeaseHeartbeat heartbeat = queue.keepLeased(claimed)) {
            failed = handler.handleAll(claimed);
        } catch (Exception e) {
            // Items completed before the failure keep their outcome: failing a completed item's stale claim changes nothing.
            String error = FailureText.of(e);
            failed = new LinkedHashMap<>();
            for (QueuedWork item : claimed) {
                failed.put(item, error);
            }
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
        failed.forEach(this::recordFailure);
        return true;
    }

    private void recordFailure(QueuedWork item, String error) {
        LOG.infof("Queue %s: item %s failed (attempt %d): %s", queue.table(), item.id(), item.attempts(), error);
        if (QuarkusTransaction.requiringNew().call(() -> queue.fail(item, error))) {
            LOG.warnf("Queue %s: gave up on item %s after %d attempts: %s", queue.table(), item.id(), item.attempts(), error);
            handler.gaveUp(item, error);
        }
    }

    private void housekeeping() {
        long now = System.nanoTime();
        if (now - nextHousekeeping < 0) {
            return;
        }
        nextHousekeeping = now + STATS_EVERY.toNanos();
        QuarkusTransaction.requiringNew().run(() -> {
            queue.refreshStats();
            queue.purge(KEEP_DONE);
        });
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(pollEvery.multipliedBy(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
        }
    }
}
