package com.jobmatch.matching.pipeline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Move an applicant to {@code stage}; a REJECTED move needs its {@code rejectionReason} (kept by the organization). */
public record StageRequest(@NotBlank String stage, @Size(max = 5000) String note, @Size(max = 1000) String rejectionReason) {
}
