package com.jobmatch.contract.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.UUID;

/** What matching knows about a job. {@code minimumYearsRequired} and licences are knock-out rules. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobProfile(UUID jobId, String externalId, String title, String company, String description,
                         List<SkillRequirement> requiredSkills, List<SkillRequirement> preferredSkills,
                         ExperienceRange experience, String experienceLevel, EducationLevel minimumEducation,
                         List<String> requiredCertifications, Location location, WorkArrangement workArrangement,
                         List<EmploymentType> employmentTypes, SalaryRange salary, List<String> industries,
                         CollarType collarType, Boolean visaSponsorship, boolean minimumExperienceIsHard) {

    public JobProfile {
        requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
        preferredSkills = preferredSkills == null ? List.of() : List.copyOf(preferredSkills);
        requiredCertifications = requiredCertifications == null ? List.of() : List.copyOf(requiredCertifications);
        employmentTypes = employmentTypes == null ? List.of() : List.copyOf(employmentTypes);
        industries = industries == null ? List.of() : List.copyOf(industries);
    }
}
