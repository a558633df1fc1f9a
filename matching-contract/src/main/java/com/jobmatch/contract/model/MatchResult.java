package com.jobmatch.contract.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.UUID;

/**
 * A scored match between one resume and one job. {@code overallScore} is 0-100 and deterministic for the
 * same inputs; {@code confidence} (0-1) drops when sections are empty; {@code preferenceFit} is the second
 * direction (how well the job suits the person's preferences), shown beside the fit.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MatchResult(UUID jobId, UUID resumeId, UUID userId, double overallScore, SubScores subScores,
                          Weights weights, CollarType collarType, List<KnockOut> knockOuts,
                          List<SkillMatch> matchedSkills, List<SkillRequirement> missingRequiredSkills,
                          List<SkillRequirement> missingPreferredSkills, List<Skill> extraSkills,
                          List<String> reasons, List<Improvement> improvements, double confidence,
                          Double preferenceFit, boolean semanticAvailable) {

    public MatchResult {
        knockOuts = knockOuts == null ? List.of() : List.copyOf(knockOuts);
        matchedSkills = matchedSkills == null ? List.of() : List.copyOf(matchedSkills);
        missingRequiredSkills = missingRequiredSkills == null ? List.of() : List.copyOf(missingRequiredSkills);
        missingPreferredSkills = missingPreferredSkills == null ? List.of() : List.copyOf(missingPreferredSkills);
        extraSkills = extraSkills == null ? List.of() : List.copyOf(extraSkills);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        improvements = improvements == null ? List.of() : List.copyOf(improvements);
    }
}
