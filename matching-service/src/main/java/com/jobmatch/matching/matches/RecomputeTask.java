package com.jobmatch.matching.matches;

import com.jobmatch.common.queue.QueuedWork;

import java.util.UUID;

/** Durable work (a claimed row of match_recompute_queue): stored matches to recompute because something changed. */
public record RecomputeTask(QueuedWork work, Reason reason, UUID userId, UUID resumeId, UUID jobId) {

    public enum Reason { RESUME, PREFERENCES, WEIGHTS, JOB }

    public UUID id() {
        return work.id();
    }

    public int attempts() {
        return work.attempts();
    }
}
