package com.jobmatch.matching.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.jobmatch.contract.model.EducationLevel;
import com.jobmatch.contract.model.EmploymentType;
import com.jobmatch.contract.model.ExperienceRange;
import com.jobmatch.contract.model.SalaryRange;
import com.jobmatch.contract.model.WorkArrangement;
import com.jobmatch.matching.knowledge.PostingCity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A posting as it arrives, in "our shape" (the JSON import format documented in the README). JSON-LD and CSV
 * rows are converted to it, so validation, hashing and storage see one shape. {@code validThrough} (schema.org's name)
 * is when the posting expires; it is left out of the content hash's JSON when absent, so postings stored before it
 * existed keep their hash.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobPosting(String externalId, String title, String company, String location, String description,
                         String url, String source, OffsetDateTime postedAt, List<EmploymentType> employmentTypes,
                         WorkArrangement workArrangement, String experienceLevel, List<String> keySkills,
                         List<String> keywords, String coreResponsibilities, String requirementsSummary,
                         String educationRequirements, List<String> benefits, SalaryRange salary,
                         List<String> industries, List<String> locationsDerived, List<String> citiesDerived,
                         Boolean visaSponsorship, String jobLanguage, String workingHours, String country,
                         String region, Double latitude, Double longitude, ExperienceRange experience,
                         EducationLevel minimumEducation, List<String> requiredCertifications,
                         @JsonInclude(JsonInclude.Include.NON_NULL) OffsetDateTime validThrough) {

    public JobPosting {
        employmentTypes = copy(employmentTypes);
        keySkills = copy(keySkills);
        keywords = copy(keywords);
        benefits = copy(benefits);
        industries = copy(industries);
        locationsDerived = copy(locationsDerived);
        citiesDerived = copy(citiesDerived);
        if (citiesDerived.isEmpty()) {
            // a place written as one line ("Seattle, Washington, US") still has a city for the location criterion
            citiesDerived = PostingCity.of(location, country).map(List::of).orElse(List.of());
        }
        requiredCertifications = copy(requiredCertifications);
    }

    /** The import's source when the posting names none. */
    public JobPosting withDefaultSource(String defaultSource) {
        if (source != null && !source.isBlank()) {
            return this;
        }
        return new JobPosting(externalId, title, company, location, description, url, defaultSource, postedAt,
                employmentTypes, workArrangement, experienceLevel, keySkills, keywords, coreResponsibilities,
                requirementsSummary, educationRequirements, benefits, salary, industries, locationsDerived,
                citiesDerived, visaSponsorship, jobLanguage, workingHours, country, region, latitude, longitude,
                experience, minimumEducation, requiredCertifications, validThrough);
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }
}
