package com.jobmatch.contract.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.contract.model.MatchResult;
import jakarta.validation.constraints.NotNull;

/**
 * A pair to analyse, with matching-service's score of it: the analysis states the matcher's skill verdict and
 * never matches skills itself, so the two can never disagree about one pair.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobMatchAnalysisRequest(@NotNull CandidateProfile candidate, @NotNull JobProfile job,
                                      @NotNull MatchResult match) {
}
