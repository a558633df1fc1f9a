package com.jobmatch.matching.sources;

import com.jobmatch.common.queue.QueueWorkers;
import com.jobmatch.common.queue.QueuedWork;
import com.jobmatch.common.queue.WorkHandler;
import com.jobmatch.common.queue.WorkPriority;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Scheduled source runs go through the suite's one work queue: every tick ({@code SOURCES_EVERY}, default 1 min) each
 * enabled source whose last run was queued at least its {@code every} ago, and that did not ask us to wait longer
 * (Retry-After), gets a BULK item; the queue's workers run them (one per instance by default), a run whose worker
 * died is run again after its lease. Each tick also closes catalogue postings past their validThrough.
 */
@ApplicationScoped
public class SourceScheduler implements WorkHandler {

    private static final Logger LOG = Logger.getLogger(SourceScheduler.class);

    private final SourcesConfig sources;
    private final SourceRunsConfig config;
    private final SourceRunner runner;
    private final SourceRunQueueStore queue;
    private final SourceStore store;
    private final QueueWorkers workers;
    private final String every;

    public SourceScheduler(SourcesConfig sources, SourceRunsConfig config, SourceRunner runner, SourceRunQueueStore queue,
                           SourceStore store, @ConfigProperty(name = "jobmatch.schedule.sources", defaultValue = "1m") String every) {
        this.sources = sources;
        this.config = config;
        this.runner = runner;
        this.queue = queue;
        this.store = store;
        this.every = every.strip();
        this.workers = new QueueWorkers(queue.queue(), this, Duration.ofSeconds(5));
    }

    void start(@Observes StartupEvent event) {
        if (!"off".equals(every) && config.workers() > 0) {
            workers.start(config.workers());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        workers.stop();
    }

    @Scheduled(every = "${jobmatch.schedule.sources:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        planDue(OffsetDateTime.now());
        closeExpired();
    }

    /** Queues a run of every enabled source that is due at {@code now}; returns the runs queued. */
    public List<SourceRunView> planDue(OffsetDateTime now) {
        Map<String, SourceStore.LastRun> last = QuarkusTransaction.requiringNew().call(store::lastRuns);
        List<SourceRunView> queued = new ArrayList<>();
        sources.all().entrySet().stream().filter(e -> e.getValue().enabled()).sorted(Map.Entry.comparingByKey()).forEach(e -> {
            SourceStore.LastRun previous = last.get(e.getKey());
            if (due(previous, e.getValue().every(), now)) {
                runner.enqueue(e.getKey(), WorkPriority.BULK, "schedule").ifPresent(queued::add);
            }
        });
        return queued;
    }

    static boolean due(SourceStore.LastRun previous, Duration every, OffsetDateTime now) {
        if (previous == null) {
            return true;
        }
        if (previous.notBefore() != null && previous.notBefore().isAfter(now)) {
            return false;
        }
        return !previous.queuedAt().plus(every).isAfter(now);
    }

    /** Closes every open catalogue posting past its validThrough; returns how many. */
    public int closeExpired() {
        int closed = QuarkusTransaction.requiringNew().call(store::closeAllExpired);
        if (closed > 0) {
            LOG.infof("closed %d postings past their validThrough", closed);
        }
        return closed;
    }

    /** Runs the queued source runs on the calling thread until none is due (tests and tools); returns how many ran. */
    public int drain() {
        int ran = 0;
        while (workers.runOne()) {
            ran++;
        }
        return ran;
    }

    @Override
    public void handle(QueuedWork item) {
        Optional<UUID> runId = QuarkusTransaction.requiringNew().call(() -> queue.runOf(item));
        if (runId.isEmpty()) {
            return;
        }
        runner.execute(runId.get());
        // A run that ended FAILED is still done for the queue: its error is in the run, the schedule tries again.
        QuarkusTransaction.requiringNew().run(() -> queue.queue().complete(item));
    }

    @Override
    public void gaveUp(QueuedWork item, String error) {
        QuarkusTransaction.requiringNew().call(() -> queue.runOf(item)).ifPresent(id -> runner.gaveUp(id, error));
    }
}
