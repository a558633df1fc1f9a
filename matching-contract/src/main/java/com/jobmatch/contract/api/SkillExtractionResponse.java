package com.jobmatch.contract.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.jobmatch.contract.model.ExtractedSkill;

import java.util.List;

@JsonIgnoreProperties(ignoreUnknown = true)
public record SkillExtractionResponse(List<ExtractedSkill> skills, String taxonomyVersion) {
}
