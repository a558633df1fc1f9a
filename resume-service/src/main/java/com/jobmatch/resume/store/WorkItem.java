package com.jobmatch.resume.store;

import java.util.UUID;

/** A claimed row of resume_work. {@code payload} is the row's JSON text. */
public record WorkItem(UUID id, UUID resumeId, String kind, String payload, int attempts) {

    public static final String PARSE = "parse";
    public static final String ENRICH = "enrich";
    public static final String NOTIFY = "notify";
}
