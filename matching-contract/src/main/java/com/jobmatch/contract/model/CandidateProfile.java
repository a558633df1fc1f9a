package com.jobmatch.contract.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.UUID;

/**
 * What matching knows about a person: built by resume-service from a parsed resume (one version of it).
 * {@code enriched} is false while skills and embedding from ai-service are still pending.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CandidateProfile(UUID userId, UUID resumeId, Integer resumeVersion, String name, String headline,
                               String summary, List<Skill> skills, List<ExperienceEntry> experience,
                               Integer totalExperienceMonths, List<EducationEntry> education,
                               List<Certification> certifications, List<LanguageSkill> languages,
                               List<Location> locations, List<String> industries, CollarType collarType,
                               CandidatePreferences preferences, String text, boolean enriched) {

    public CandidateProfile {
        skills = skills == null ? List.of() : List.copyOf(skills);
        experience = experience == null ? List.of() : List.copyOf(experience);
        education = education == null ? List.of() : List.copyOf(education);
        certifications = certifications == null ? List.of() : List.copyOf(certifications);
        languages = languages == null ? List.of() : List.copyOf(languages);
        locations = locations == null ? List.of() : List.copyOf(locations);
        industries = industries == null ? List.of() : List.copyOf(industries);
    }
}
