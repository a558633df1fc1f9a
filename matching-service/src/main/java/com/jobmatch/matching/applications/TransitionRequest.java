package com.jobmatch.matching.applications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;

/** Move an application to {@code status}; {@code interviewAt} is the next interview's time when INTERVIEWING. */
public record TransitionRequest(@NotBlank String status, @Size(max = 5000) String note, OffsetDateTime interviewAt) {
}
