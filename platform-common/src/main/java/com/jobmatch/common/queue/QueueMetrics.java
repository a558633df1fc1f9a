package com.jobmatch.common.queue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A queue's meters at /q/metrics, tagged with its table: depth, age of the oldest waiting item and dead items
 * (gauges of the last {@link WorkQueue#refreshStats}, so a scrape never queries the database), and counters of
 * processed items, failed attempts and items given up on.
 */
final class QueueMetrics {

    /**
     * One backlog per queue table in the process: Micrometer keeps the first gauge registered under a name and
     * tags, so a second WorkQueue on the same table (tests build their own) must publish into the same holder.
     */
    private static final Map<String, AtomicReference<QueueStats>> BACKLOGS = new ConcurrentHashMap<>();

    private final AtomicReference<QueueStats> last;
    private final Counter processed;
    private final Counter failures;
    private final Counter deaths;

    QueueMetrics(String queue, MeterRegistry registry) {
        last = BACKLOGS.computeIfAbsent(queue, q -> new AtomicReference<>(QueueStats.EMPTY));
        Gauge.builder("work_queue_depth", last, s -> s.get().depth()).tag("queue", queue).strongReference(true)
                .description("Items waiting or running").register(registry);
        Gauge.builder("work_queue_oldest_age_seconds", last, s -> s.get().oldestAgeSeconds()).tag("queue", queue).strongReference(true)
                .description("Age of the oldest item waiting or running").register(registry);
        Gauge.builder("work_queue_dead", last, s -> s.get().dead()).tag("queue", queue).strongReference(true)
                .description("Items given up on, kept with their last error").register(registry);
        processed = Counter.builder("work_queue_processed").tag("queue", queue)
                .description("Items completed").register(registry);
        failures = Counter.builder("work_queue_failures").tag("queue", queue)
                .description("Failed attempts").register(registry);
        deaths = Counter.builder("work_queue_deaths").tag("queue", queue)
                .description("Items given up on after their last attempt").register(registry);
    }

    void show(QueueStats stats) {
        last.set(stats);
    }

    void processed() {
        processed.increment();
    }

    void failed() {
        failures.increment();
    }

    void died(int count) {
        if (count > 0) {
            deaths.increment(count);
        }
    }
}
