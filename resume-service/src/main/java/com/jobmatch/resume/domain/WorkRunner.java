package com.jobmatch.resume.domain;

import com.jobmatch.resume.config.ResumeConfig;
import com.jobmatch.resume.store.WorkItem;
import com.jobmatch.resume.store.WorkQueue;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.Optional;

/** Drains the durable work queue on a schedule; several instances may run, SKIP LOCKED keeps them apart. */
@ApplicationScoped
public class WorkRunner {

    private static final Logger LOG = Logger.getLogger(WorkRunner.class);

    private final WorkQueue queue;
    private final ResumeProcessing processing;
    private final int batchSize;

    public WorkRunner(WorkQueue queue, ResumeProcessing processing, ResumeConfig config) {
        this.queue = queue;
        this.processing = processing;
        this.batchSize = config.work().batchSize();
    }

    @Scheduled(every = "${resume.work.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void drain() {
        for (int i = 0; i < batchSize; i++) {
            Optional<WorkItem> item = queue.claim();
            if (item.isEmpty()) {
                return;
            }
            run(item.get());
        }
    }

    private void run(WorkItem item) {
        try {
            processing.handle(item);
        } catch (Exception e) {
            String error = e.getMessage() == null ? e.toString() : e.getMessage();
            if (e instanceof ResumeProcessing.RetryLater) {
                LOG.infof("%s of resume %s postponed (attempt %d): %s", item.kind(), item.resumeId(), item.attempts(), error);
            } else {
                LOG.warnf(e, "%s of resume %s failed (attempt %d)", item.kind(), item.resumeId(), item.attempts());
            }
            if (!queue.retryLater(item, error)) {
                processing.gaveUp(item, error);
            }
        }
    }
}
