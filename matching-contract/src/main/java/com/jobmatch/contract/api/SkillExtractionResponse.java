package com.jobmatch.contract.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.jobmatch.contract.model.ExtractedSkill;

import java.util.List;

/**
 * {@code semanticIndexComplete}: whether every taxonomy label was embedded when the text was read. After a start
 * ai-service embeds the labels in the background (a few minutes on a new database), and until then phrases are linked
 * by similarity only to the labels embedded so far; a caller that keeps the reading reads the text again later. Null
 * from a service that does not say: complete.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SkillExtractionResponse(List<ExtractedSkill> skills, String taxonomyVersion, Boolean semanticIndexComplete) {

    public SkillExtractionResponse(List<ExtractedSkill> skills, String taxonomyVersion) {
        this(skills, taxonomyVersion, null);
    }

    /** Whether the reading used every label (true when the service did not say). */
    public boolean complete() {
        return !Boolean.FALSE.equals(semanticIndexComplete);
    }
}
