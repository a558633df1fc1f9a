package com.jobmatch.matching.postings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.jobmatch.contract.model.EducationLevel;
import com.jobmatch.contract.model.EmploymentType;
import com.jobmatch.contract.model.ExperienceRange;
import com.jobmatch.contract.model.SalaryRange;
import com.jobmatch.contract.model.WorkArrangement;
import com.jobmatch.matching.catalogue.JobPosting;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What a recruiter writes about a job (a template holds the same fields, any of them may be left out there). The
 * names are the import format's ("our shape"), so a posted job is stored, parsed and enriched like an imported one.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostingFields(@Size(max = 500) String title, @Size(max = 300) String company, @Size(max = 500) String location,
                            @Size(max = 100_000) String description, @Size(max = 2000) String url,
                            List<EmploymentType> employmentTypes, WorkArrangement workArrangement,
                            @Size(max = 100) String experienceLevel, @Size(max = 100) List<@Size(max = 200) String> keySkills,
                            @Size(max = 100) List<@Size(max = 200) String> benefits, SalaryRange salary,
                            @Size(max = 50) List<@Size(max = 200) String> industries,
                            @Size(max = 50) List<@Size(max = 200) String> cities, @Size(max = 100) String country,
                            Boolean visaSponsorship, ExperienceRange experience, EducationLevel minimumEducation,
                            @Size(max = 50) List<@Size(max = 200) String> requiredCertifications,
                            OffsetDateTime validThrough) {

    /** A template's fields with this request's given ones over them. */
    public PostingFields over(PostingFields base) {
        if (base == null) {
            return this;
        }
        return new PostingFields(or(title, base.title), or(company, base.company), or(location, base.location),
                or(description, base.description), or(url, base.url), or(employmentTypes, base.employmentTypes),
                or(workArrangement, base.workArrangement), or(experienceLevel, base.experienceLevel),
                or(keySkills, base.keySkills), or(benefits, base.benefits), or(salary, base.salary),
                or(industries, base.industries), or(cities, base.cities), or(country, base.country),
                or(visaSponsorship, base.visaSponsorship), or(experience, base.experience),
                or(minimumEducation, base.minimumEducation), or(requiredCertifications, base.requiredCertifications),
                or(validThrough, base.validThrough));
    }

    /**
     * The posting as the catalogue stores it: its external id is the posted job's, its source {@code posted}, so
     * publishing again after an edit updates the same catalogue row (and queues its enrichment again).
     */
    public JobPosting toPosting(UUID postedJobId, OffsetDateTime postedAt) {
        return new JobPosting("posted:" + postedJobId, title, company, location, description, url, "posted", postedAt,
                employmentTypes, workArrangement, experienceLevel, keySkills, List.of(), null, null, null, benefits,
                salary, industries, cities, cities, visaSponsorship, null, null, country, null, null, null, experience,
                minimumEducation, requiredCertifications, validThrough);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
