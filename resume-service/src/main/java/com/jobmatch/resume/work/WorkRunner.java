package com.jobmatch.resume.work;

import com.jobmatch.common.queue.QueueWorkers;
import com.jobmatch.common.queue.QueuedWork;
import com.jobmatch.common.queue.WorkHandler;
import com.jobmatch.resume.config.ResumeConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Optional;

/**
 * Runs resume_work on as many worker threads as the machine has cores (or resume.work.workers): each claims one
 * step at a time from the shared queue component, which serves people's own uploads before batches and takes
 * turns between users. Several instances may run; SKIP LOCKED keeps them apart.
 */
@ApplicationScoped
public class WorkRunner implements WorkHandler {

    private final ResumeWorkStore queue;
    private final ResumeProcessing processing;
    private final QueueWorkers workers;
    private final int workerCount;

    public WorkRunner(ResumeWorkStore queue, ResumeProcessing processing, ResumeConfig config) {
        this.queue = queue;
        this.processing = processing;
        this.workers = new QueueWorkers(queue.queue(), this, config.work().pollEvery());
        this.workerCount = workerCount(config);
    }

    /** resume.work.workers, or one per core when it is 0. */
    static int workerCount(ResumeConfig config) {
        return config.work().workers() > 0 ? config.work().workers() : Runtime.getRuntime().availableProcessors();
    }

    void start(@Observes StartupEvent event) {
        workers.start(workerCount);
    }

    void stop(@Observes ShutdownEvent event) {
        workers.stop();
    }

    @Override
    public void handle(QueuedWork claim) throws Exception {
        Optional<WorkItem> step = QuarkusTransaction.requiringNew().call(() -> queue.step(claim));
        if (step.isPresent()) {
            processing.handle(step.get());
        }
    }

    @Override
    public void gaveUp(QueuedWork claim, String error) {
        QuarkusTransaction.requiringNew().call(() -> queue.step(claim)).ifPresent(step -> processing.gaveUp(step, error));
    }
}
