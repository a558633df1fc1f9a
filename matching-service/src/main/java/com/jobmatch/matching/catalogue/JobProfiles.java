package com.jobmatch.matching.catalogue;

import com.jobmatch.contract.model.EducationLevel;
import com.jobmatch.contract.model.EmploymentType;
import com.jobmatch.contract.model.ExperienceRange;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.contract.model.Location;
import com.jobmatch.contract.model.SalaryRange;
import com.jobmatch.contract.model.SkillRequirement;

import java.util.List;

/** A stored job in the matching contract's shape. */
public final class JobProfiles {

    private JobProfiles() {
    }

    public static JobProfile of(Job j, List<JobSkill> skills) {
        SalaryRange salary = j.salaryMin == null && j.salaryMax == null ? null
                : new SalaryRange(j.salaryMin, j.salaryMax, j.salaryCurrency, j.salaryPeriod);
        ExperienceRange experience = j.minExperienceMonths == null && j.maxExperienceMonths == null ? null
                : new ExperienceRange(j.minExperienceMonths, j.maxExperienceMonths);
        String city = j.citiesDerived == null || j.citiesDerived.isEmpty() ? null : j.citiesDerived.get(0);
        return new JobProfile(j.id, j.externalId, j.title, j.company, j.description,
                requirements(skills, SkillRequirementKind.REQUIRED), requirements(skills, SkillRequirementKind.PREFERRED),
                experience, j.experienceLevel, j.minimumEducation == null ? null : EducationLevel.valueOf(j.minimumEducation),
                j.requiredCertifications, new Location(city, j.region, j.country, j.latitude, j.longitude),
                j.workArrangement, j.employmentTypes.stream().map(EmploymentType::valueOf).toList(), salary,
                j.industries, j.collarType, j.visaSponsorship, j.minExperienceMonths != null, j.unreadKeySkills);
    }

    private static List<SkillRequirement> requirements(List<JobSkill> skills, SkillRequirementKind kind) {
        return skills.stream().filter(s -> s.requirement == kind)
                .map(s -> new SkillRequirement(s.skill.slug, s.skill.canonicalName, s.skill.category, s.skill.escoUri,
                        s.importance.doubleValue()))
                .toList();
    }
}
