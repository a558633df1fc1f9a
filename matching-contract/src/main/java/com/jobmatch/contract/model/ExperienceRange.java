package com.jobmatch.contract.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Months of relevant experience a job asks for; either bound may be absent. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExperienceRange(Integer minMonths, Integer maxMonths) {
}
