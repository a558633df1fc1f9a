package com.jobmatch.contract.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.JobProfile;
import jakarta.validation.constraints.NotNull;

/** Optimize one resume (its profile and text) for one target job. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OptimizationRequest(@NotNull CandidateProfile candidate, String resumeText, @NotNull JobProfile job) {
}
