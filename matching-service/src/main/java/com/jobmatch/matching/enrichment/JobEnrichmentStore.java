package com.jobmatch.matching.enrichment;

import com.jobmatch.contract.model.EducationLevel;
import com.jobmatch.contract.model.ExperienceRange;
import com.jobmatch.matching.catalogue.SkillRequirementKind;
import com.pgvector.PGvector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What enrichment reads from a job and writes back to it: its text, then its skills and embedding. */
@ApplicationScoped
public class JobEnrichmentStore {

    public record JobText(String text, List<String> keySkills) {
    }

    public record ResolvedSkill(UUID skillId, SkillRequirementKind requirement, BigDecimal importance) {
    }

    private final EntityManager em;

    public JobEnrichmentStore(EntityManager em) {
        this.em = em;
    }

    /** The text ai-service reads: title, then the description and requirements. */
    @SuppressWarnings("unchecked")
    public Optional<JobText> jobText(UUID jobId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT concat_ws(E'\\n\\n', title, description, ai_requirements_summary), ai_key_skills
                FROM jobs WHERE id = :id""").setParameter("id", jobId).getResultList();
        return rows.stream().findFirst().map(r -> new JobText((String) r[0], List.of((String[]) r[1])));
    }

    /**
     * Stores the job's skills and embedding, and the experience and education its text states when the posting gave
     * no structured field for them.
     */
    public void store(UUID jobId, List<ResolvedSkill> skills, List<String> skillNames, float[] embedding, String model,
                      ExperienceRange statedExperience, EducationLevel statedEducation) {
        em.createNativeQuery("DELETE FROM job_skills WHERE job_id = :job").setParameter("job", jobId).executeUpdate();
        for (ResolvedSkill s : skills) {
            em.createNativeQuery("INSERT INTO job_skills (job_id, skill_id, requirement, importance) VALUES (:job, :skill, :req, :imp)")
                    .setParameter("job", jobId).setParameter("skill", s.skillId())
                    .setParameter("req", s.requirement().name()).setParameter("imp", s.importance()).executeUpdate();
        }
        em.createNativeQuery("""
                UPDATE jobs SET embedding = CAST(:embedding AS vector), embedding_model = :model, enriched_at = now(),
                       ai_key_skills = CASE WHEN cardinality(ai_key_skills) = 0 THEN CAST(:names AS text[]) ELSE ai_key_skills END,
                       min_experience_months = CASE WHEN min_experience_months IS NULL AND max_experience_months IS NULL
                                                    THEN CAST(:stated AS integer) ELSE min_experience_months END,
                       minimum_education = coalesce(minimum_education, CAST(:education AS text))
                WHERE id = :job""")
                .setParameter("embedding", new PGvector(embedding).getValue()).setParameter("model", model)
                .setParameter("stated", statedExperience == null ? null : statedExperience.minMonths())
                .setParameter("education", statedEducation == null ? null : statedEducation.name())
                .setParameter("names", skillNames.toArray(String[]::new)).setParameter("job", jobId).executeUpdate();
    }
}
