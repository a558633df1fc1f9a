package com.jobmatch.contract.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A person's job-search preferences: hard filters and the inputs of the preference-fit score. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CandidatePreferences(UUID userId, List<String> desiredTitles, List<String> industries,
                                   List<PreferredLocation> locations, Set<WorkArrangement> workArrangements,
                                   Set<EmploymentType> employmentTypes, SalaryRange salary,
                                   boolean willingToRelocate, boolean needsVisaSponsorship,
                                   List<String> skillsToUse, List<String> skillsToAvoid,
                                   List<String> excludedCompanies, Integer minMatchScore,
                                   UnknownJobData unknownJobData) {

    public CandidatePreferences {
        desiredTitles = desiredTitles == null ? List.of() : List.copyOf(desiredTitles);
        industries = industries == null ? List.of() : List.copyOf(industries);
        locations = locations == null ? List.of() : List.copyOf(locations);
        workArrangements = workArrangements == null ? Set.of() : Set.copyOf(workArrangements);
        employmentTypes = employmentTypes == null ? Set.of() : Set.copyOf(employmentTypes);
        skillsToUse = skillsToUse == null ? List.of() : List.copyOf(skillsToUse);
        skillsToAvoid = skillsToAvoid == null ? List.of() : List.copyOf(skillsToAvoid);
        excludedCompanies = excludedCompanies == null ? List.of() : List.copyOf(excludedCompanies);
        unknownJobData = unknownJobData == null ? UnknownJobData.RANK_BELOW : unknownJobData;
    }
}
