package com.jobmatch.matching.store;

import com.jobmatch.contract.model.EducationLevel;
import com.jobmatch.contract.model.ExperienceRange;
import com.jobmatch.matching.domain.SkillRequirementKind;
import com.pgvector.PGvector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The durable enrichment queue and the writes that complete an entry. Callers own the transactions. */
@ApplicationScoped
public class EnrichmentQueueStore {

    public record Claim(UUID queueId, UUID jobId, String contentHash, int attempts) {
    }

    public record JobText(String text, List<String> keySkills) {
    }

    public record ResolvedSkill(UUID skillId, SkillRequirementKind requirement, BigDecimal importance) {
    }

    private final EntityManager em;

    public EnrichmentQueueStore(EntityManager em) {
        this.em = em;
    }

    /** Due entries, leased so that a second worker skips them and a crashed worker's entries come back. */
    @SuppressWarnings("unchecked")
    public List<Claim> claimDue(int limit, Duration lease) {
        List<Object[]> rows = em.createNativeQuery("""
                UPDATE enrichment_queue SET next_attempt_at = now() + make_interval(secs => :lease)
                WHERE id IN (SELECT id FROM enrichment_queue WHERE next_attempt_at <= now()
                             ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED)
                RETURNING id, job_id, job_content_hash, attempts""")
                .setParameter("lease", (double) lease.toSeconds()).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new Claim((UUID) r[0], (UUID) r[1], (String) r[2], ((Number) r[3]).intValue())).toList();
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
     * no structured field for them; the queue entry goes only if the job was not changed meanwhile.
     */
    public void complete(Claim claim, List<ResolvedSkill> skills, List<String> skillNames, float[] embedding, String model,
                         ExperienceRange statedExperience, EducationLevel statedEducation) {
        em.createNativeQuery("DELETE FROM job_skills WHERE job_id = :job").setParameter("job", claim.jobId()).executeUpdate();
        for (ResolvedSkill s : skills) {
            em.createNativeQuery("INSERT INTO job_skills (job_id, skill_id, requirement, importance) VALUES (:job, :skill, :req, :imp)")
                    .setParameter("job", claim.jobId()).setParameter("skill", s.skillId())
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
                .setParameter("names", skillNames.toArray(String[]::new)).setParameter("job", claim.jobId()).executeUpdate();
        em.createNativeQuery("DELETE FROM enrichment_queue WHERE id = :id AND job_content_hash = :hash")
                .setParameter("id", claim.queueId()).setParameter("hash", claim.contentHash()).executeUpdate();
    }

    public void retryLater(Claim claim, Duration delay, String error) {
        em.createNativeQuery("""
                UPDATE enrichment_queue SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => :delay),
                       last_error = :error WHERE id = :id""")
                .setParameter("delay", (double) delay.toSeconds()).setParameter("error", error)
                .setParameter("id", claim.queueId()).executeUpdate();
    }
}
