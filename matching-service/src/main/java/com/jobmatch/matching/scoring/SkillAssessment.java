package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.Skill;
import com.jobmatch.contract.model.SkillMatch;
import com.jobmatch.contract.model.SkillRequirement;

import java.util.List;

/**
 * How the candidate's skills cover a job's: the weighted share of the job's skills the resume shows, 0-100 (null
 * without data), out of how many skills the job asks for, and the detail behind it.
 */
public record SkillAssessment(Double shown, int asked, List<SkillMatch> matched,
                              List<SkillRequirement> missingRequired, List<SkillRequirement> missingPreferred,
                              List<Skill> extra) {
}
