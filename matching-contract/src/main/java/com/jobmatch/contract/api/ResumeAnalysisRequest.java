package com.jobmatch.contract.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.jobmatch.contract.model.CandidateProfile;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The parsed profile plus the resume's plain text (for length, action verbs, quantified achievements). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResumeAnalysisRequest(@NotNull CandidateProfile candidate, @Size(max = 200_000) String text) {
}
