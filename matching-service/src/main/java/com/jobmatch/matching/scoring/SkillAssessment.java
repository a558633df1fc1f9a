package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.Skill;
import com.jobmatch.contract.model.SkillMatch;
import com.jobmatch.contract.model.SkillRequirement;

import java.util.List;

/** How the candidate's skills cover a job's: the 0-100 score (null without data) and the detail behind it. */
public record SkillAssessment(Double score, List<SkillMatch> matched, List<SkillRequirement> missingRequired,
                              List<SkillRequirement> missingPreferred, List<Skill> extra) {
}
