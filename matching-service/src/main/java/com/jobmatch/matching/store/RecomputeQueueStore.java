package com.jobmatch.matching.store;

import com.jobmatch.matching.domain.RecomputeTask;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The durable recompute queue. Workers claim due tasks with a lease (SKIP LOCKED, so several instances share
 * the work); a task is deleted only after its recompute succeeded, and a crashed worker's lease simply expires.
 */
@ApplicationScoped
public class RecomputeQueueStore {

    /** Hibernate's value for SKIP LOCKED. */
    private static final int SKIP_LOCKED = -2;

    @Transactional
    public void enqueue(RecomputeTask.Reason reason, UUID userId, UUID resumeId, UUID jobId) {
        boolean alreadyWaiting = RecomputeTask.count(
                "reason = ?1 and attempts = 0 and userId is not distinct from ?2 and resumeId is not distinct from ?3"
                        + " and jobId is not distinct from ?4", reason, userId, resumeId, jobId) > 0;
        if (!alreadyWaiting) {
            RecomputeTask.of(reason, userId, resumeId, jobId).persist();
        }
    }

    @Transactional
    public List<RecomputeTask> claim(int limit, Duration lease) {
        OffsetDateTime now = OffsetDateTime.now();
        List<RecomputeTask> due = RecomputeTask.<RecomputeTask>find("nextAttemptAt <= ?1", Sort.by("nextAttemptAt"), now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).withHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .page(0, limit).list();
        due.forEach(task -> {
            task.attempts++;
            task.nextAttemptAt = now.plus(lease);
        });
        return due;
    }

    @Transactional
    public void done(UUID taskId) {
        RecomputeTask.deleteById(taskId);
    }

    @Transactional
    public void failed(UUID taskId, String error, Duration retryIn) {
        RecomputeTask.<RecomputeTask>findByIdOptional(taskId).ifPresent(task -> {
            task.lastError = error;
            task.nextAttemptAt = OffsetDateTime.now().plus(retryIn);
        });
    }

    public long pending() {
        return RecomputeTask.count();
    }
}
