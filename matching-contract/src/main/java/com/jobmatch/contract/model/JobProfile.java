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
                         CollarType collarType, Boolean visaSponsorship, boolean minimumExperienceIsHard,
                         List<String> unreadSkills) {

    /**
     * {@code unreadSkills}: skills the posting lists itself that no taxonomy skill reads ("Climbing", "Differentiated
     * Instruction"): asked for, but no skill match can say whether the candidate has them.
     */
    public JobProfile {
        requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
        preferredSkills = preferredSkills == null ? List.of() : List.copyOf(preferredSkills);
        requiredCertifications = requiredCertifications == null ? List.of() : List.copyOf(requiredCertifications);
        employmentTypes = employmentTypes == null ? List.of() : List.copyOf(employmentTypes);
        industries = industries == null ? List.of() : List.copyOf(industries);
        unreadSkills = unreadSkills == null ? List.of() : List.copyOf(unreadSkills);
    }

    /** A profile whose listed skills were all read (or which lists none of its own). */
    public JobProfile(UUID jobId, String externalId, String title, String company, String description,
                      List<SkillRequirement> requiredSkills, List<SkillRequirement> preferredSkills,
                      ExperienceRange experience, String experienceLevel, EducationLevel minimumEducation,
                      List<String> requiredCertifications, Location location, WorkArrangement workArrangement,
                      List<EmploymentType> employmentTypes, SalaryRange salary, List<String> industries,
                      CollarType collarType, Boolean visaSponsorship, boolean minimumExperienceIsHard) {
        this(jobId, externalId, title, company, description, requiredSkills, preferredSkills, experience, experienceLevel,
                minimumEducation, requiredCertifications, location, workArrangement, employmentTypes, salary, industries,
                collarType, visaSponsorship, minimumExperienceIsHard, List.of());
    }
}
