package com.jobmatch.matching.pipeline;

import com.jobmatch.matching.applications.ApplicationStatus;

import java.util.List;
import java.util.UUID;

/** Per application: moved (its new stage), or why not (the others are moved all the same). */
public record BulkStageResult(int moved, List<Item> items) {

    public record Item(UUID applicationId, boolean moved, ApplicationStatus stage, String error) {
    }
}
