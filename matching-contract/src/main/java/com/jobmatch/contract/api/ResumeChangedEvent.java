package com.jobmatch.contract.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** Sent by resume-service when a resume version is parsed or changed, so matching recomputes. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResumeChangedEvent(@NotNull UUID userId, @NotNull UUID resumeId, Integer version, boolean deleted) {
}
