package com.jobmatch.ai.testing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Hand-written candidate and job profiles (contract JSON) for the analysis tests. */
public final class Profiles {

    private Profiles() {
    }

    public static final String RESUME_TEXT = """
            Dana Miller
            dana.miller@example.org | +49 151 2345 6789 | 12 Baker Street

            Summary
            Data analyst turning sales data into decisions.

            Experience
            Data Analyst, Nordwind Retail (2019-2024)
            - Responsible for building weekly sales dashboards in Python
            - Reduced report preparation time by 40% with SQL views

            Education
            BSc Statistics, University of Leeds

            Skills
            Python, Microsoft Excel
            """;

    public static Map<String, Object> candidate(UUID userId) {
        return Map.ofEntries(
                Map.entry("userId", userId.toString()),
                Map.entry("resumeId", UUID.randomUUID().toString()),
                Map.entry("name", "Dana Miller"),
                Map.entry("summary", "Data analyst turning sales data into decisions."),
                Map.entry("skills", List.of(
                        Map.of("skillId", "sk-python", "name", "Python"),
                        Map.of("skillId", "sk-excel", "name", "Microsoft Excel"))),
                Map.entry("experience", List.of(Map.of(
                        "title", "Data Analyst", "company", "Nordwind Retail", "industry", "Retail",
                        "startDate", "2019-01-01", "endDate", "2024-01-01", "months", 60,
                        "description", "- Responsible for building weekly sales dashboards in Python\n- Reduced report preparation time by 40% with SQL views",
                        "skillIds", List.of("sk-python", "sk-sql")))),
                Map.entry("totalExperienceMonths", 60),
                Map.entry("education", List.of(Map.of("institution", "University of Leeds", "degree", "BSc Statistics"))),
                Map.entry("industries", List.of("Retail")),
                Map.entry("text", RESUME_TEXT),
                Map.entry("enriched", true));
    }

    public static Map<String, Object> job() {
        return Map.of(
                "jobId", UUID.randomUUID().toString(),
                "title", "Senior Data Analyst",
                "company", "Acme Analytics",
                "requiredSkills", List.of(
                        Map.of("skillId", "sk-python", "name", "Python"),
                        Map.of("skillId", "sk-sql", "name", "SQL"),
                        Map.of("skillId", "sk-ml", "name", "machine learning")),
                "preferredSkills", List.of(Map.of("skillId", "sk-kubernetes", "name", "Kubernetes")),
                "experience", Map.of("minMonths", 36, "maxMonths", 84),
                "industries", List.of("Retail"),
                "minimumExperienceIsHard", false);
    }

    /**
     * matching-service's score of {@link #candidate} for {@link #job}: Python and SQL shown (SQL through the role
     * that lists it), machine learning missing, Kubernetes (preferred) met only through a related skill.
     */
    public static Map<String, Object> match() {
        return Map.of(
                "overallScore", 71.0,
                "matchedSkills", List.of(
                        Map.of("skillId", "sk-python", "name", "Python", "matchType", "EXACT", "similarity", 1.0,
                                "required", true, "candidateSkillId", "sk-python"),
                        Map.of("skillId", "sk-sql", "name", "SQL", "matchType", "EXACT", "similarity", 1.0,
                                "required", true, "candidateSkillId", "sk-sql")),
                "missingRequiredSkills", List.of(Map.of("skillId", "sk-ml", "name", "machine learning")),
                "extraSkills", List.of(Map.of("skillId", "sk-excel", "name", "Microsoft Excel")),
                "confidence", 0.9);
    }
}
