package com.jobmatch.contract.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Each sub-score is 0-100, or null when there was no data to judge it (which lowers confidence, not the score). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubScores(Double qualification, Double experience, Double skills, Double location, Double category,
                        Double personalization, Double semantic) {
}
