package com.jobmatch.contract.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A counterfactual found by re-scoring: doing {@code action} would add {@code points} to the overall score. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Improvement(String action, String skillId, double points) {
}
