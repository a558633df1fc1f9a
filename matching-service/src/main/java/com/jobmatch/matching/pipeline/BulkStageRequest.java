package com.jobmatch.matching.pipeline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** Move several applicants of one job to the same stage (at most 100 at a time). */
public record BulkStageRequest(@NotEmpty @Size(max = 100) List<@NotNull UUID> applicationIds, @NotBlank String stage,
                               @Size(max = 5000) String note, @Size(max = 1000) String rejectionReason) {
}
