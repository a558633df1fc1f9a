package com.jobmatch.resume.resumes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * The structured resume (seed 004's resume_data shape, plus languages and links). {@code confidence} maps a
 * field path (e.g. {@code contact_info.email}) to how sure the parser was, 0..1; corrected fields become 1.0.
 * {@code sectionOrder} is the owner's chosen order of section headings (from an accepted REORDER_SECTIONS
 * suggestion), absent until one is chosen. {@code otherSections} keeps what an imported JSON Resume holds that the
 * platform does not model (volunteer, awards, publications, projects, interests, references; the label, image and
 * full location of its basics; skills with levels and keywords), so that its export gives them back (issue 18).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResumeData(ContactInfo contactInfo, String summary, List<WorkExperience> workExperience,
                         List<Education> education, List<CertificationItem> certifications, List<String> skills,
                         List<Language> languages, Integer totalExperienceMonths, Map<String, Double> confidence,
                         List<String> sectionOrder, ObjectNode otherSections) {

    /** Without a chosen section order: parsers and imports do not set one; an accepted REORDER suggestion does. */
    public ResumeData(ContactInfo contactInfo, String summary, List<WorkExperience> workExperience,
                      List<Education> education, List<CertificationItem> certifications, List<String> skills,
                      List<Language> languages, Integer totalExperienceMonths, Map<String, Double> confidence) {
        this(contactInfo, summary, workExperience, education, certifications, skills, languages, totalExperienceMonths,
                confidence, null, null);
    }

    /** The employers of the parsed roles, each once, in order (what ai-service keeps skills' names apart from). */
    public List<String> employers() {
        return workExperience == null ? List.of() : workExperience.stream().map(WorkExperience::company)
                .filter(company -> company != null && !company.isBlank()).distinct().toList();
    }

    /** With a chosen section order, without JSON Resume sections the platform does not model. */
    public ResumeData(ContactInfo contactInfo, String summary, List<WorkExperience> workExperience,
                      List<Education> education, List<CertificationItem> certifications, List<String> skills,
                      List<Language> languages, Integer totalExperienceMonths, Map<String, Double> confidence,
                      List<String> sectionOrder) {
        this(contactInfo, summary, workExperience, education, certifications, skills, languages, totalExperienceMonths,
                confidence, sectionOrder, null);
    }

    public ResumeData {
        contactInfo = contactInfo == null ? ContactInfo.EMPTY : contactInfo;
        workExperience = workExperience == null ? List.of() : List.copyOf(workExperience);
        education = education == null ? List.of() : List.copyOf(education);
        certifications = certifications == null ? List.of() : List.copyOf(certifications);
        skills = skills == null ? List.of() : List.copyOf(skills);
        languages = languages == null ? List.of() : List.copyOf(languages);
        confidence = confidence == null ? Map.of() : Map.copyOf(confidence);
    }

    public static final ResumeData EMPTY = new ResumeData(null, null, null, null, null, null, null, null, null);

    public ResumeData withExperience(List<WorkExperience> roles, Integer totalMonths) {
        return new ResumeData(contactInfo, summary, roles, education, certifications, skills, languages, totalMonths,
                confidence, sectionOrder, otherSections);
    }

    public ResumeData withConfidence(Map<String, Double> newConfidence) {
        return new ResumeData(contactInfo, summary, workExperience, education, certifications, skills, languages,
                totalExperienceMonths, newConfidence, sectionOrder, otherSections);
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContactInfo(String fullName, String email, String phone, String address, List<Link> links) {
        public static final ContactInfo EMPTY = new ContactInfo(null, null, null, null, null);

        public ContactInfo {
            links = links == null ? List.of() : List.copyOf(links);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Link(String name, String url) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WorkExperience(String company, String position, String location, String startDate, String endDate,
                                 Boolean isCurrent, String description, List<String> responsibilities,
                                 List<String> skills, Integer months) {
        public WorkExperience {
            responsibilities = responsibilities == null ? List.of() : List.copyOf(responsibilities);
            skills = skills == null ? List.of() : List.copyOf(skills);
        }

        public WorkExperience withMonths(Integer value) {
            return new WorkExperience(company, position, location, startDate, endDate, isCurrent, description,
                    responsibilities, skills, value);
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Education(String institution, String degree, String fieldOfStudy, String startDate,
                            String graduationDate, Double gpa, List<String> honors, List<String> relevantCourses,
                            List<String> skills) {
        public Education {
            honors = honors == null ? List.of() : List.copyOf(honors);
            relevantCourses = relevantCourses == null ? List.of() : List.copyOf(relevantCourses);
            skills = skills == null ? List.of() : List.copyOf(skills);
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CertificationItem(String name, String issuer, String dateObtained, String expirationDate,
                                    String credentialId, String url) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Language(String language, String fluency) {
    }
}
