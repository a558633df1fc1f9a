package com.jobmatch.common.queue;

import java.util.UUID;

/**
 * A claimed queue row. {@code leaseToken} is new on every claim: completing with a stale token (the row was
 * re-queued or taken over after the lease ran out meanwhile) changes nothing.
 */
public record QueuedWork(UUID id, String owner, WorkPriority priority, int attempts, UUID leaseToken) {
}
