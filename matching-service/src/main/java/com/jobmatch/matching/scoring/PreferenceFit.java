package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.CandidatePreferences;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.contract.model.SalaryRange;
import com.jobmatch.contract.model.SkillRequirement;
import com.jobmatch.matching.knowledge.Terms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The second direction: how well the job suits what the person asked for (salary, arrangement, place, titles,
 * employment type, skills they want to use). The mean of the parts the person stated; null when none.
 */
final class PreferenceFit {

    private PreferenceFit() {
    }

    static Double score(CandidatePreferences preferences, JobProfile job) {
        if (preferences == null) {
            return null;
        }
        List<Double> parts = new ArrayList<>();
        salary(preferences.salary(), job.salary(), parts);
        if (!preferences.workArrangements().isEmpty() && job.workArrangement() != null) {
            parts.add(preferences.workArrangements().contains(job.workArrangement()) ? 1.0 : 0.0);
        }
        if (!preferences.locations().isEmpty()) {
            Double place = LocationCriterion.score(preferences.locations(), job.location(), job.workArrangement(),
                    preferences.willingToRelocate());
            if (place != null) {
                parts.add(place / 100);
            }
        }
        if (!preferences.desiredTitles().isEmpty()) {
            Set<String> title = Terms.words(job.title());
            parts.add(preferences.desiredTitles().stream()
                    .mapToDouble(wanted -> Terms.coverage(Terms.words(wanted), title)).max().orElse(0));
        }
        if (!preferences.employmentTypes().isEmpty() && !job.employmentTypes().isEmpty()) {
            parts.add(job.employmentTypes().stream().anyMatch(preferences.employmentTypes()::contains) ? 1.0 : 0.0);
        }
        if (!preferences.skillsToUse().isEmpty()) {
            Set<String> offered = Stream.concat(job.requiredSkills().stream(), job.preferredSkills().stream())
                    .map(SkillRequirement::name).map(Terms::normalize).collect(Collectors.toSet());
            parts.add((double) preferences.skillsToUse().stream().map(Terms::normalize).filter(offered::contains)
                    .count() / preferences.skillsToUse().size());
        }
        return parts.isEmpty() ? null : 100 * parts.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /** Full marks when the job can pay what the person wants; proportionally less below it. */
    private static void salary(SalaryRange wanted, SalaryRange offered, List<Double> parts) {
        if (wanted == null || offered == null || wanted.min() == null || wanted.min().signum() <= 0) {
            return;
        }
        BigDecimal top = offered.max() != null ? offered.max() : offered.min();
        boolean comparable = top != null && sameUnit(wanted.currency(), offered.currency())
                && sameUnit(wanted.period(), offered.period());
        if (comparable) {
            parts.add(Math.min(1.0, top.doubleValue() / wanted.min().doubleValue()));
        }
    }

    private static boolean sameUnit(String a, String b) {
        return a == null || b == null || a.equalsIgnoreCase(b);
    }
}
