package com.jobmatch.matching.pipeline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The outcome of an interview round: PENDING, PASSED, FAILED, NO_SHOW or CANCELLED. */
public record OutcomeRequest(@NotBlank String outcome, @Size(max = 5000) String notes) {
}
