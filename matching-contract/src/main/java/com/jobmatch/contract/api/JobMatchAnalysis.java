package com.jobmatch.contract.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.UUID;

/**
 * ai-service's analysis of one candidate against one job: the structured pre-computed analysis and a
 * narrative. {@code narrativeSource} is DETERMINISTIC or LLM; {@code llmScore} is present only for LLM.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobMatchAnalysis(UUID analysisId, int requiredSkillsMatched, int requiredSkillsTotal,
                               double skillMatchPercentage, List<String> matchingSkills, List<String> missingSkills,
                               List<String> extraSkills, String industryAlignment, String experienceComparison,
                               String narrative, String narrativeSource, Double llmScore) {
}
