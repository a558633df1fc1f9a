package com.jobmatch.contract.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A hard requirement the candidate does not meet (LICENCE, VISA, MINIMUM_EXPERIENCE, ...), reported apart from the graded fit. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KnockOut(String type, String requirement, String detail) {
}
