package com.jobmatch.matching.applications;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** Start tracking an application; {@code status} is SAVED (default) or APPLIED. */
public record ApplicationRequest(@NotNull UUID jobId, UUID resumeId, @Positive Integer resumeVersion, String status,
                                 @Size(max = 5000) String notes) {
}
