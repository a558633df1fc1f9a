package com.jobmatch.contract.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code kind} is RESUME or JOB, a text to read (it tunes which sections count as evidence), or SKILLS: the skills a
 * posting lists itself, one per line, each read as a skill whose name only has to be linked to the taxonomy.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SkillExtractionRequest(@NotBlank @Size(max = 200_000) String text, String kind) {

    public static final String RESUME = "RESUME";
    public static final String JOB = "JOB";
    public static final String SKILLS = "SKILLS";
}
