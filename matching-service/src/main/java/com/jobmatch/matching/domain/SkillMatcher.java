package com.jobmatch.matching.domain;

import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.Evidence;
import com.jobmatch.contract.model.ExperienceEntry;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.contract.model.Skill;
import com.jobmatch.contract.model.SkillMatch;
import com.jobmatch.contract.model.SkillRequirement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Matches each skill a job asks for against the candidate's: the same taxonomy id (EXACT), the same skill under
 * another name (SYNONYM, through the taxonomy) or a near skill (SIMILAR, through skill_similarity, credited at
 * a discount so that a near skill never counts as much as the skill itself). Required skills weigh twice as
 * much as preferred ones, each scaled by the importance the posting gives it.
 */
final class SkillMatcher {

    static final double REQUIRED_WEIGHT = 2.0;
    static final double PREFERRED_WEIGHT = 1.0;
    static final double MIN_SIMILARITY = 0.3;
    static final double SIMILAR_CREDIT = 0.8;

    private final MatchingKnowledge knowledge;

    SkillMatcher(MatchingKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** A candidate's skill with its canonical forms, worked out once per assessment rather than per requirement. */
    private record Offered(Skill skill, String canonical, String nameCanonical) {
    }

    SkillAssessment assess(CandidateProfile candidate, JobProfile job) {
        List<Skill> candidateSkills = candidate.skills();
        List<Offered> offered = candidateSkills.stream()
                .map(s -> new Offered(s, knowledge.canonicalSkill(idOf(s)), knowledge.canonicalSkill(s.name()))).toList();
        List<SkillMatch> matched = new ArrayList<>();
        List<SkillRequirement> missingRequired = new ArrayList<>();
        List<SkillRequirement> missingPreferred = new ArrayList<>();
        Set<Skill> used = new LinkedHashSet<>();
        double earned = 0;
        double possible = 0;
        for (boolean required : new boolean[] {true, false}) {
            for (SkillRequirement requirement : required ? job.requiredSkills() : job.preferredSkills()) {
                double weight = (required ? REQUIRED_WEIGHT : PREFERRED_WEIGHT) * importance(requirement);
                possible += weight;
                SkillMatch match = bestMatch(candidate, offered, requirement, required);
                if (match == null) {
                    (required ? missingRequired : missingPreferred).add(requirement);
                    continue;
                }
                matched.add(match);
                earned += weight * credit(match);
                candidateSkills.stream().filter(s -> idOf(s).equals(match.candidateSkillId())).forEach(used::add);
            }
        }
        List<Skill> extra = candidateSkills.stream().filter(s -> !used.contains(s)).toList();
        boolean noData = possible == 0 || candidateSkills.isEmpty();
        Double score = noData ? null : 100 * earned / possible;
        return new SkillAssessment(score, matched, missingRequired, missingPreferred, extra);
    }

    private static double importance(SkillRequirement requirement) {
        Double importance = requirement.importance();
        return importance == null || importance <= 0 ? 1.0 : Math.min(1.0, importance);
    }

    private static double credit(SkillMatch match) {
        return "SIMILAR".equals(match.matchType()) ? SIMILAR_CREDIT * match.similarity() : 1.0;
    }

    private SkillMatch bestMatch(CandidateProfile candidate, List<Offered> offered, SkillRequirement requirement,
                                 boolean required) {
        String wantedId = requirement.skillId();
        String wantedCanonical = knowledge.canonicalSkill(wantedId != null ? wantedId : requirement.name());
        String wantedNameCanonical = knowledge.canonicalSkill(requirement.name());
        Skill bestSimilar = null;
        double bestSimilarity = 0;
        for (Offered own : offered) {
            Skill skill = own.skill();
            if (wantedId != null && Terms.sameTerm(wantedId, skill.skillId())) {
                return match(candidate, requirement, required, skill, "EXACT", 1.0);
            }
            if (own.canonical().equals(wantedCanonical) || own.nameCanonical().equals(wantedCanonical)
                    || own.nameCanonical().equals(wantedNameCanonical)) {
                return match(candidate, requirement, required, skill, "SYNONYM", 1.0);
            }
            double similarity = knowledge.skillSimilarity(own.canonical(), wantedCanonical);
            if (similarity > bestSimilarity) {
                bestSimilarity = similarity;
                bestSimilar = skill;
            }
        }
        if (bestSimilar != null && bestSimilarity >= MIN_SIMILARITY) {
            return match(candidate, requirement, required, bestSimilar, "SIMILAR", bestSimilarity);
        }
        return null;
    }

    private SkillMatch match(CandidateProfile candidate, SkillRequirement requirement, boolean required,
                             Skill skill, String type, double similarity) {
        String id = requirement.skillId() != null ? requirement.skillId() : Terms.normalize(requirement.name());
        return new SkillMatch(id, requirement.name(), type, similarity, required, idOf(skill),
                evidenceOf(candidate, skill));
    }

    static String idOf(Skill skill) {
        return skill.skillId() != null ? skill.skillId() : Terms.normalize(skill.name());
    }

    /** Where the resume shows the skill: its own evidence, else the role that lists it. */
    private static Evidence evidenceOf(CandidateProfile candidate, Skill skill) {
        if (!skill.evidence().isEmpty()) {
            return skill.evidence().getFirst();
        }
        for (ExperienceEntry role : candidate.experience()) {
            if (skill.skillId() != null && role.skillIds().contains(skill.skillId())) {
                String where = role.company() == null ? role.title() : role.title() + " at " + role.company();
                return new Evidence("experience", where, null, null);
            }
        }
        return null;
    }
}
