package com.jobmatch.matching.sources;

import com.jobmatch.contract.model.EducationLevel;
import com.jobmatch.contract.model.EmploymentType;
import com.jobmatch.contract.model.ExperienceRange;
import com.jobmatch.contract.model.SalaryRange;
import com.jobmatch.contract.model.WorkArrangement;
import com.jobmatch.matching.catalogue.JobPosting;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link JobPosting} field by field, so each adapter's mapping reads as "their field to ours". */
public final class PostingBuilder {

    private String externalId;
    private String title;
    private String company;
    private String location;
    private String description;
    private String url;
    private String source;
    private OffsetDateTime postedAt;
    private List<EmploymentType> employmentTypes = new ArrayList<>();
    private WorkArrangement workArrangement;
    private String experienceLevel;
    private List<String> keySkills = List.of();
    private List<String> keywords = List.of();
    private String coreResponsibilities;
    private String requirementsSummary;
    private String educationRequirements;
    private List<String> benefits = List.of();
    private SalaryRange salary;
    private List<String> industries = List.of();
    private List<String> locationsDerived = List.of();
    private List<String> citiesDerived = List.of();
    private Boolean visaSponsorship;
    private String jobLanguage;
    private String workingHours;
    private String country;
    private String region;
    private Double latitude;
    private Double longitude;
    private ExperienceRange experience;
    private EducationLevel minimumEducation;
    private OffsetDateTime validThrough;

    public PostingBuilder externalId(String v) { externalId = v; return this; }
    public PostingBuilder title(String v) { title = v; return this; }
    public PostingBuilder company(String v) { company = v; return this; }
    public PostingBuilder location(String v) { location = v; return this; }
    public PostingBuilder description(String v) { description = v; return this; }
    public PostingBuilder url(String v) { url = v; return this; }
    public PostingBuilder source(String v) { source = v; return this; }
    public PostingBuilder postedAt(OffsetDateTime v) { postedAt = v; return this; }
    public PostingBuilder employmentType(EmploymentType v) { if (v != null && !employmentTypes.contains(v)) employmentTypes.add(v); return this; }
    public PostingBuilder workArrangement(WorkArrangement v) { workArrangement = v; return this; }
    public PostingBuilder experienceLevel(String v) { experienceLevel = v; return this; }
    public PostingBuilder keySkills(List<String> v) { keySkills = v; return this; }
    public PostingBuilder keywords(List<String> v) { keywords = v; return this; }
    public PostingBuilder coreResponsibilities(String v) { coreResponsibilities = v; return this; }
    public PostingBuilder requirementsSummary(String v) { requirementsSummary = v; return this; }
    public PostingBuilder educationRequirements(String v) { educationRequirements = v; return this; }
    public PostingBuilder benefits(List<String> v) { benefits = v; return this; }
    public PostingBuilder salary(SalaryRange v) { salary = v; return this; }
    public PostingBuilder industries(List<String> v) { industries = v; return this; }
    public PostingBuilder locationsDerived(List<String> v) { locationsDerived = v; return this; }
    public PostingBuilder citiesDerived(List<String> v) { citiesDerived = v; return this; }
    public PostingBuilder visaSponsorship(Boolean v) { visaSponsorship = v; return this; }
    public PostingBuilder jobLanguage(String v) { jobLanguage = v; return this; }
    public PostingBuilder workingHours(String v) { workingHours = v; return this; }
    public PostingBuilder country(String v) { country = v; return this; }
    public PostingBuilder region(String v) { region = v; return this; }
    public PostingBuilder coordinates(Double lat, Double lng) { latitude = lat; longitude = lng; return this; }
    public PostingBuilder experience(ExperienceRange v) { experience = v; return this; }
    public PostingBuilder minimumEducation(EducationLevel v) { minimumEducation = v; return this; }
    public PostingBuilder validThrough(OffsetDateTime v) { validThrough = v; return this; }

    /** The place as one line ("Berlin, BE, Germany") when only its parts are given; also the derived lists. */
    public PostingBuilder place(String city, String regionName, String countryName) {
        List<String> parts = new ArrayList<>();
        for (String p : new String[]{city, regionName, countryName}) {
            if (p != null && !p.isBlank() && !parts.contains(p.strip())) {
                parts.add(p.strip());
            }
        }
        if (location == null && !parts.isEmpty()) {
            location = String.join(", ", parts);
        }
        if (locationsDerived.isEmpty() && location != null) {
            locationsDerived = List.of(location);
        }
        if (citiesDerived.isEmpty() && city != null && !city.isBlank()) {
            citiesDerived = List.of(city.strip());
        }
        if (region == null) {
            region = regionName;
        }
        if (country == null) {
            country = countryName;
        }
        return this;
    }

    public JobPosting build() {
        return new JobPosting(externalId, title, company, location, description, url, source, postedAt,
                List.copyOf(employmentTypes), workArrangement, experienceLevel, keySkills, keywords, coreResponsibilities,
                requirementsSummary, educationRequirements, benefits, salary, industries, locationsDerived, citiesDerived,
                visaSponsorship, jobLanguage, workingHours, country, region, latitude, longitude, experience,
                minimumEducation, List.of(), validThrough);
    }
}
