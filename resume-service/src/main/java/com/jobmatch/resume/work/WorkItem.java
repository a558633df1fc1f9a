package com.jobmatch.resume.work;

import com.jobmatch.common.queue.QueuedWork;

import java.util.UUID;

/** A claimed row of resume_work: the queue's claim plus the step to run. {@code payload} is the row's JSON text. */
public record WorkItem(QueuedWork claim, UUID resumeId, String kind, String payload) {

    public static final String PARSE = "parse";
    public static final String ENRICH = "enrich";
    public static final String NOTIFY = "notify";

    public UUID id() {
        return claim.id();
    }

    public int attempts() {
        return claim.attempts();
    }
}
