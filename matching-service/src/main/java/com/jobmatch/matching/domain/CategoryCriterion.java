package com.jobmatch.matching.domain;

import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.ExperienceEntry;
import com.jobmatch.contract.model.JobProfile;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Industry fit through category_compatibility, read in one direction: from the candidate's industries to the
 * job's (moving from finance to fintech is not the same as from fintech to finance).
 */
final class CategoryCriterion {

    private final MatchingKnowledge knowledge;

    CategoryCriterion(MatchingKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    Judgement judge(CandidateProfile candidate, JobProfile job) {
        Set<String> from = job.industries().isEmpty() ? Set.of() : industries(candidate);
        if (from.isEmpty()) {
            return Judgement.noData("Industries unknown on one side");
        }
        double best = 0;
        String bestPair = null;
        for (String jobIndustry : job.industries()) {
            for (String own : from) {
                double compatibility = knowledge.categoryCompatibility(own, jobIndustry);
                if (compatibility > best) {
                    best = compatibility;
                    bestPair = own + " -> " + jobIndustry;
                }
            }
        }
        String reason = bestPair == null
                ? "No industry of the resume leads to " + String.join(", ", job.industries())
                : String.format(Locale.ROOT, "Industry %s (%.0f%% compatible)", bestPair, 100 * best);
        return Judgement.of(100 * best, reason);
    }

    static Set<String> industries(CandidateProfile candidate) {
        Set<String> industries = new LinkedHashSet<>(candidate.industries());
        candidate.experience().stream().map(ExperienceEntry::industry).filter(Objects::nonNull).forEach(industries::add);
        return industries;
    }
}
