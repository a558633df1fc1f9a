package com.jobmatch.contract.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.UUID;

@JsonIgnoreProperties(ignoreUnknown = true)
public record OptimizationResponse(UUID optimizationId, List<OptimizationSuggestion> suggestions, String source) {
}
