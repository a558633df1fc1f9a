package com.jobmatch.ai.analysis;

import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.ExperienceEntry;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.contract.model.MatchResult;
import com.jobmatch.contract.model.Skill;
import com.jobmatch.contract.model.SkillMatch;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The pre-computed analysis of a candidate against a job (seed 001): n of m required skills, matching, missing
 * and extra skills, industry alignment and experience comparison, plus a narrative written only from those facts.
 */
@ApplicationScoped
public class JobMatchAnalyzer {

    public record Facts(int requiredMatched, int requiredTotal, double skillMatchPercentage, List<String> matchingSkills,
                        List<String> missingSkills, List<String> extraSkills, String industryAlignment,
                        String experienceComparison) {

        /** The facts as the lines a reader (or a model) is given; nothing else about the person or job. */
        public String asText(String jobTitle) {
            return "Job: " + (jobTitle == null ? "(untitled)" : jobTitle) + "\n"
                    + "Skill match: " + skillMatchPercentage + "% (" + requiredMatched + "/" + requiredTotal + " required skills)\n"
                    + "Matching skills: " + join(matchingSkills) + "\n"
                    + "Missing skills: " + join(missingSkills) + "\n"
                    + "Additional skills (candidate): " + join(extraSkills) + "\n"
                    + "Industry match: " + industryAlignment + "\n"
                    + "Experience match: " + experienceComparison + "\n";
        }
    }

    /**
     * The facts of one pair. The skill verdict is matching-service's ({@code match}): required skills the resume
     * shows directly are "matching"; those met only by a related skill stay "missing", as they do in the match's
     * gaps; the count is the one its explanation gives ("Has N of M required skills").
     */
    public Facts analyze(CandidateProfile candidate, JobProfile job, MatchResult match) {
        List<String> matching = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (SkillMatch skill : match.matchedSkills()) {
            if (skill.required()) {
                (skill.direct() ? matching : missing).add(skill.name());
            }
        }
        match.missingRequiredSkills().forEach(skill -> missing.add(skill.name()));
        List<String> extra = match.extraSkills().stream().map(Skill::name).filter(name -> name != null).toList();
        int total = matching.size() + missing.size();
        double percentage = total == 0 ? 100.0 : Math.round(1000.0 * matching.size() / total) / 10.0;
        return new Facts(matching.size(), total, percentage, matching, missing, extra,
                industryAlignment(candidate, job), experienceComparison(candidate, job));
    }

    /** A narrative that states the facts and nothing more. */
    public String narrative(Facts facts) {
        StringBuilder text = new StringBuilder();
        if (facts.requiredTotal() == 0) {
            text.append("The job lists no required skills. ");
        } else {
            text.append("The candidate has ").append(facts.requiredMatched()).append(" of ").append(facts.requiredTotal())
                    .append(" required skills (").append(facts.skillMatchPercentage()).append("%). ");
        }
        if (!facts.matchingSkills().isEmpty()) {
            text.append("Matching: ").append(join(facts.matchingSkills())).append(". ");
        }
        if (!facts.missingSkills().isEmpty()) {
            text.append("Missing: ").append(join(facts.missingSkills())).append(". ");
        }
        if (!facts.extraSkills().isEmpty()) {
            text.append("Also brings: ").append(join(facts.extraSkills())).append(". ");
        }
        text.append("Industry: ").append(facts.industryAlignment()).append(". ");
        text.append("Experience: ").append(facts.experienceComparison()).append('.');
        return text.toString();
    }

    private static String industryAlignment(CandidateProfile candidate, JobProfile job) {
        Set<String> theirs = new LinkedHashSet<>();
        candidate.industries().forEach(industry -> theirs.add(industry.toLowerCase(Locale.ROOT)));
        candidate.experience().stream().map(ExperienceEntry::industry).filter(industry -> industry != null)
                .forEach(industry -> theirs.add(industry.toLowerCase(Locale.ROOT)));
        if (job.industries().isEmpty()) {
            return "Unknown (the job names no industry)";
        }
        List<String> shared = job.industries().stream().filter(i -> theirs.contains(i.toLowerCase(Locale.ROOT))).toList();
        if (!shared.isEmpty()) {
            return "Yes (" + String.join(", ", shared) + ")";
        }
        return theirs.isEmpty() ? "Unknown (no industry in the candidate's history)"
                : "No (job: " + String.join(", ", job.industries()) + ")";
    }

    private static String experienceComparison(CandidateProfile candidate, JobProfile job) {
        Integer months = candidate.totalExperienceMonths();
        if (months == null) {
            months = candidate.experience().stream().map(ExperienceEntry::months).filter(m -> m != null)
                    .mapToInt(Integer::intValue).sum();
        }
        String has = "Candidate has " + years(months) + " years";
        if (job.experience() == null || (job.experience().minMonths() == null && job.experience().maxMonths() == null)) {
            return has + ", the job states no requirement";
        }
        Integer min = job.experience().minMonths();
        Integer max = job.experience().maxMonths();
        String asks = "job requires " + (min == null ? "up to " + years(max)
                : max == null ? "at least " + years(min) : years(min) + "-" + years(max)) + " years";
        String verdict = min != null && months < min ? "below" : max != null && months > max ? "above" : "within";
        return has + ", " + asks + " (" + verdict + " range)";
    }

    private static String years(int months) {
        double years = Math.round(months / 12.0 * 10) / 10.0;
        return years == Math.rint(years) ? String.valueOf((long) years) : String.valueOf(years);
    }

    private static String join(List<String> items) {
        return items.isEmpty() ? "none" : String.join(", ", items);
    }
}
