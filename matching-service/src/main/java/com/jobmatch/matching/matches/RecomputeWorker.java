package com.jobmatch.matching.matches;

import com.jobmatch.common.logging.FailureText;
import com.jobmatch.matching.client.ResumeClient;
import com.jobmatch.matching.config.RankingConfig;
import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.queue.LeaseHeartbeat;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * Recomputes stored rankings made stale by a change of resume, preferences, weights or job. Weights and job
 * changes fan out into one task per affected resume, so each task stays small and is retried on its own.
 */
@ApplicationScoped
public class RecomputeWorker {

    private static final Logger LOG = Logger.getLogger(RecomputeWorker.class);

    private final RecomputeQueueStore queue;
    private final MatchStore matches;
    private final ResumeClient resumes;
    private final MatchingService matching;
    private final RankingConfig.Recompute config;

    public RecomputeWorker(RecomputeQueueStore queue, MatchStore matches, ResumeClient resumes,
                           MatchingService matching, RankingConfig config) {
        this.queue = queue;
        this.matches = matches;
        this.resumes = resumes;
        this.matching = matching;
        this.config = config.recompute();
    }

    @Scheduled(every = "${jobmatch.schedule.recompute:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        // A full pass means more may be due (a job fanned out into many resumes): keep going until one comes back short.
        while (drain() == config.batchSize()) {
            // next pass
        }
        queue.refreshStats();
    }

    /**
     * Processes every due task once; returns how many succeeded. When resume-service is unavailable (503: down, or its
     * circuit breaker open), the failing task records its attempt and the rest of the pass is given back untried, due
     * again after the first retry delay: run against the outage, each would burn an attempt and back off further and
     * further (dead after the last), so a few minutes of downtime could leave resumes never recomputed.
     */
    @ActivateRequestContext
    public int drain() {
        int succeeded = 0;
        List<RecomputeTask> tasks = queue.claim(config.batchSize());
        // The batch's leases are renewed while it runs: the last task of a slow pass is not taken over by another
        // instance (and run twice) while this one still works through the tasks before it.
        try (LeaseHeartbeat heartbeat = queue.queue().keepLeased(tasks.stream().map(RecomputeTask::work).toList())) {
            for (int i = 0; i < tasks.size(); i++) {
                RecomputeTask task = tasks.get(i);
                try {
                    run(task);
                    queue.done(task);
                    succeeded++;
                } catch (RuntimeException e) {
                    // The task's id, the exception's class and a sanitised message (never a document's content or a
                    // token), in the log and in the row's last_error alike.
                    String error = FailureText.of(e);
                    boolean dead = queue.failed(task, error);
                    LOG.warnf("Recompute %s (%s) failed, attempt %d%s: %s", task.id(), task.reason(), task.attempts(),
                            dead ? ", given up" : ", retried later", error);
                    if (isOutage(e)) {
                        int released = queue.release(tasks.subList(i + 1, tasks.size()), config.retryDelay());
                        LOG.warnf("Recompute: resume-service unavailable, %d tasks of this pass given back untried", released);
                        break;
                    }
                }
            }
        }
        return succeeded;
    }

    private static boolean isOutage(RuntimeException e) {
        return e instanceof ProblemException problem && problem.status() == 503;
    }

    private void run(RecomputeTask task) {
        switch (task.reason()) {
            case RESUME -> recompute(task.resumeId());
            case PREFERENCES -> matches.resumesOf(task.userId()).forEach(this::recompute);
            case WEIGHTS -> fanOut(matches.allResumes());
            case JOB -> fanOut(matches.resumesMatching(task.jobId()));
        }
    }

    private void fanOut(List<UUID> resumeIds) {
        resumeIds.forEach(resumeId -> queue.enqueue(RecomputeTask.Reason.RESUME, null, resumeId, null));
    }

    private void recompute(UUID resumeId) {
        resumes.find(resumeId).ifPresentOrElse(matching::rank, () -> matches.deleteResume(resumeId));
    }
}
