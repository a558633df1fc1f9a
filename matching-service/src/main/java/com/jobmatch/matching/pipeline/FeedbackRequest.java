package com.jobmatch.matching.pipeline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An interviewer's scorecard: a rating of 1-5, a recommendation (STRONG_YES, YES, NO, STRONG_NO) and notes. */
public record FeedbackRequest(@NotNull @Min(1) @Max(5) Integer rating, @NotBlank String recommendation,
                              @Size(max = 10_000) String notes) {
}
