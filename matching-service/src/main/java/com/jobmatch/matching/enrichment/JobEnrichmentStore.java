package com.jobmatch.matching.enrichment;

import com.jobmatch.contract.model.EducationLevel;
import com.jobmatch.contract.model.ExperienceRange;
import com.jobmatch.contract.model.SalaryRange;
import com.jobmatch.matching.catalogue.SkillRequirementKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pgvector.PGvector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What enrichment reads from a job and writes back to it: its text, then its skills, embedding and stated facts. */
@ApplicationScoped
public class JobEnrichmentStore {

    /** {@code contentHash}: the version of the posting's text these were read at; {@code company}: the employer's name. */
    public record JobText(String text, String title, String description, List<String> keySkills, String contentHash,
                          String company) {
    }

    public record ResolvedSkill(UUID skillId, SkillRequirementKind requirement, BigDecimal importance) {
    }

    private final EntityManager em;
    private final ObjectMapper json;

    public JobEnrichmentStore(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** The text ai-service reads: title, then the description and requirements. */
    @SuppressWarnings("unchecked")
    public Optional<JobText> jobText(UUID jobId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT concat_ws(E'\\n\\n', title, description, ai_requirements_summary), ai_key_skills, title, description,
                       content_hash, company
                FROM jobs WHERE id = :id""").setParameter("id", jobId).getResultList();
        return rows.stream().findFirst()
                .map(r -> new JobText((String) r[0], (String) r[2], (String) r[3], List.of((String[]) r[1]), (String) r[4],
                        (String) r[5]));
    }

    /** The texts of several jobs by id (one query); a job deleted meanwhile is absent. */
    @SuppressWarnings("unchecked")
    public Map<UUID, JobText> jobTexts(List<UUID> jobIds) {
        if (jobIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, concat_ws(E'\\n\\n', title, description, ai_requirements_summary), ai_key_skills, title, description,
                       content_hash, company
                FROM jobs WHERE id IN (:ids)""").setParameter("ids", jobIds).getResultList();
        Map<UUID, JobText> texts = new HashMap<>();
        rows.forEach(r -> texts.put((UUID) r[0], new JobText((String) r[1], (String) r[3], (String) r[4],
                List.of((String[]) r[2]), (String) r[5], (String) r[6])));
        return texts;
    }

    /**
     * Stores the job's skills (and the skills it lists that no taxonomy skill reads) and embedding, and what its text
     * states (experience, education, employment type, work arrangement, pay) where the posting gave no structured field
     * for it, with the words that state each.
     */
    public void store(UUID jobId, List<ResolvedSkill> skills, List<String> unreadKeySkills, List<String> skillNames,
                      float[] embedding, String model, ExperienceRange statedExperience, EducationLevel statedEducation,
                      PostingFacts facts, List<StatedFact> statedFacts) {
        em.createNativeQuery("DELETE FROM job_skills WHERE job_id = :job").setParameter("job", jobId).executeUpdate();
        if (!skills.isEmpty()) {
            em.createNativeQuery("""
                            INSERT INTO job_skills (job_id, skill_id, requirement, importance)
                            SELECT :job, s.skill, s.req, s.imp
                            FROM unnest(CAST(:skills AS uuid[]), CAST(:reqs AS text[]), CAST(:imps AS numeric[])) AS s (skill, req, imp)""")
                    .setParameter("job", jobId)
                    .setParameter("skills", skills.stream().map(ResolvedSkill::skillId).toArray(UUID[]::new))
                    .setParameter("reqs", skills.stream().map(s -> s.requirement().name()).toArray(String[]::new))
                    .setParameter("imps", skills.stream().map(ResolvedSkill::importance).toArray(BigDecimal[]::new))
                    .executeUpdate();
        }
        SalaryRange salary = facts.salary().orElse(null);
        em.createNativeQuery("""
                UPDATE jobs SET embedding = CAST(:embedding AS vector), embedding_model = :model, enriched_at = now(),
                       ai_key_skills = CASE WHEN cardinality(ai_key_skills) = 0 THEN CAST(:names AS text[]) ELSE ai_key_skills END,
                       min_experience_months = CASE WHEN min_experience_months IS NULL AND max_experience_months IS NULL
                                                    THEN CAST(:stated AS integer) ELSE min_experience_months END,
                       minimum_education = coalesce(minimum_education, CAST(:education AS text)),
                       ai_employment_type = CASE WHEN cardinality(ai_employment_type) = 0 THEN CAST(:types AS text[])
                                                 ELSE ai_employment_type END,
                       ai_work_arrangement = coalesce(ai_work_arrangement, CAST(:arrangement AS text)),
                       ai_salary_minvalue = CASE WHEN no_pay THEN CAST(:payMin AS numeric) ELSE ai_salary_minvalue END,
                       ai_salary_maxvalue = CASE WHEN no_pay THEN CAST(:payMax AS numeric) ELSE ai_salary_maxvalue END,
                       ai_salary_currency = CASE WHEN no_pay THEN CAST(:payCurrency AS text) ELSE ai_salary_currency END,
                       ai_salary_period = CASE WHEN no_pay THEN CAST(:payPeriod AS text) ELSE ai_salary_period END,
                       stated_facts = CAST(:facts AS jsonb), unread_key_skills = CAST(:unread AS text[])
                FROM (SELECT ai_salary_minvalue IS NULL AND ai_salary_maxvalue IS NULL AND ai_salary_value IS NULL AS no_pay
                      FROM jobs WHERE id = :job) pay
                WHERE id = :job""")
                .setParameter("embedding", new PGvector(embedding).getValue()).setParameter("model", model)
                .setParameter("stated", statedExperience == null ? null : statedExperience.minMonths())
                .setParameter("education", statedEducation == null ? null : statedEducation.name())
                .setParameter("names", skillNames.toArray(String[]::new))
                .setParameter("types", facts.employmentTypes().toArray(String[]::new))
                .setParameter("arrangement", facts.workArrangement().map(Enum::name).orElse(null))
                .setParameter("payMin", salary == null ? null : salary.min())
                .setParameter("payMax", salary == null ? null : salary.max())
                .setParameter("payCurrency", salary == null ? null : salary.currency())
                .setParameter("payPeriod", salary == null ? null : salary.period())
                .setParameter("facts", toJson(statedFacts)).setParameter("unread", unreadKeySkills.toArray(String[]::new))
                .setParameter("job", jobId).executeUpdate();
    }

    private String toJson(List<StatedFact> facts) {
        try {
            return json.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stated facts are plain records", e);
        }
    }
}
