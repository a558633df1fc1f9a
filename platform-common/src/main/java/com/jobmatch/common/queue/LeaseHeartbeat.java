package com.jobmatch.common.queue;

import com.jobmatch.common.logging.FailureText;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The renewal of claimed items' leases while their work runs ({@link WorkQueue#keepLeased}). One scheduler thread
 * serves every queue of the process: a renewal is one short UPDATE per item.
 */
public final class LeaseHeartbeat implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LeaseHeartbeat.class);
    private static final Duration SHORTEST = Duration.ofMillis(100);
    private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("work-queue-lease-heartbeat").factory());

    private final WorkQueue queue;
    private volatile List<QueuedWork> held;
    private volatile ScheduledFuture<?> renewal;
    private volatile boolean closed;

    private LeaseHeartbeat(WorkQueue queue, Collection<QueuedWork> items) {
        this.queue = queue;
        this.held = List.copyOf(items);
    }

    static LeaseHeartbeat start(WorkQueue queue, Collection<QueuedWork> items, Duration every) {
        LeaseHeartbeat heartbeat = new LeaseHeartbeat(queue, items);
        if (!items.isEmpty()) {
            long millis = Math.max(SHORTEST.toMillis(), every.toMillis());
            heartbeat.renewal = SCHEDULER.scheduleWithFixedDelay(heartbeat::beat, millis, millis, TimeUnit.MILLISECONDS);
        }
        return heartbeat;
    }

    /** The items whose claim was still held at the last renewal. */
    public List<QueuedWork> held() {
        return held;
    }

    private void beat() {
        if (closed) {
            return;
        }
        try {
            List<QueuedWork> current = held;
            List<QueuedWork> renewed = QuarkusTransaction.requiringNew().call(() -> queue.extendLeases(current));
            held = renewed;
            if (renewed.isEmpty()) {
                // Every item was completed, failed or taken over: nothing left to keep.
                close();
            }
        } catch (RuntimeException e) {
            // The database is unreachable for a moment: try again at the next beat, before the lease runs out.
            LOG.warnf("Queue %s: lease renewal of %d items failed: %s", queue.table(), held.size(), FailureText.of(e));
        }
    }

    /** Stops renewing; a renewal already running finishes. */
    @Override
    public void close() {
        closed = true;
        ScheduledFuture<?> future = renewal;
        if (future != null) {
            future.cancel(false);
        }
    }
}
