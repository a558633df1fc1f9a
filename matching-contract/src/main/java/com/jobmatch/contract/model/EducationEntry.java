package com.jobmatch.contract.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;

@JsonIgnoreProperties(ignoreUnknown = true)
public record EducationEntry(String institution, String degree, EducationLevel level, String field,
                             LocalDate startDate, LocalDate endDate) {
}
