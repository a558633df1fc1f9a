package com.jobmatch.common.queue;

/** What a queue's workers do with one claimed item. */
public interface WorkHandler {

    /**
     * Does the work and calls {@link WorkQueue#complete} inside the transaction that stores its effect. Throwing
     * records a failed attempt: the item comes back after the backoff, or is dead after its last attempt.
     */
    void handle(QueuedWork item) throws Exception;

    /** Called once when the queue gives up on an item, e.g. to mark what it was for as failed. */
    default void gaveUp(QueuedWork item, String error) {
    }
}
