package com.jobmatch.contract.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * {@code kind} is RESUME or JOB, a text to read (it tunes which sections count as evidence), or SKILLS: the skills a
 * posting lists itself, one per line, each read as a skill whose name only has to be linked to the taxonomy.
 * {@code employers}: the names of the organisations the text is about or from (a posting's company, a resume's
 * employers), as the caller read them; a skill's name inside one ("Summit Ridge Logistics", "Flint Energy") is part of
 * that name, not a skill. Optional.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SkillExtractionRequest(@NotBlank @Size(max = 200_000) String text, String kind,
                                     @Size(max = MAX_EMPLOYERS) List<@Size(max = 300) String> employers) {

    public static final String RESUME = "RESUME";
    public static final String JOB = "JOB";
    public static final String SKILLS = "SKILLS";
    /** More employers than a long career has roles. */
    public static final int MAX_EMPLOYERS = 100;

    public SkillExtractionRequest(String text, String kind) {
        this(text, kind, List.of());
    }

    public SkillExtractionRequest {
        employers = employers == null ? List.of() : employers.stream().filter(name -> name != null && !name.isBlank()).toList();
    }
}
