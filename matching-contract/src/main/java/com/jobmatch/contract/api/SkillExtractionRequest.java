package com.jobmatch.contract.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code kind} is RESUME or JOB; it tunes which sections count as evidence. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SkillExtractionRequest(@NotBlank @Size(max = 200_000) String text, String kind) {
}
