package com.jobmatch.contract.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.List;

/** One role in a person's history. {@code months} is computed from the dates by the resume parser. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExperienceEntry(String title, String company, String industry, String location,
                              LocalDate startDate, LocalDate endDate, boolean current, Integer months,
                              String description, List<String> skillIds) {

    public ExperienceEntry {
        skillIds = skillIds == null ? List.of() : List.copyOf(skillIds);
    }
}
