package com.jobmatch.common.queue;

import com.jobmatch.common.logging.FailureText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a queue's workers do with one claimed item (or, for a handler that batches, with several). */
public interface WorkHandler {

    /**
     * Does the work and calls {@link WorkQueue#complete} inside the transaction that stores its effect. Throwing
     * records a failed attempt: the item comes back after the backoff, or is dead after its last attempt.
     */
    void handle(QueuedWork item) throws Exception;

    /**
     * Several claimed items at once, for workers started with a batch size above one: a handler overrides it to
     * batch what the items share (one model call for all their texts). Each item's outcome stays its own: each one
     * is completed in the transaction that stores its effect, and the items answered here, with their error, are
     * recorded as failed attempts, so one item's failure never fails the others. Throwing fails every item not
     * completed yet. By default the items are handled one by one.
     */
    default Map<QueuedWork, String> handleAll(List<QueuedWork> items) {
        Map<QueuedWork, String> failed = new LinkedHashMap<>();
        for (QueuedWork item : items) {
            try {
                handle(item);
            } catch (Exception e) {
                failed.put(item, FailureText.of(e));
            }
        }
        return failed;
    }

    /** Called once when the queue gives up on an item, e.g. to mark what it was for as failed. */
    default void gaveUp(QueuedWork item, String error) {
    }
}
