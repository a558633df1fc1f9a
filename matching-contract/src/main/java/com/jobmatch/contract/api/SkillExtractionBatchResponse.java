package com.jobmatch.contract.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** One extraction per text of the request, in the request's order. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SkillExtractionBatchResponse(List<SkillExtractionResponse> results) {
}
