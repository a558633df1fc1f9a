package com.jobmatch.matching.enrichment;

import com.jobmatch.contract.model.EducationLevel;
import com.jobmatch.contract.model.ExperienceRange;
import com.jobmatch.common.queue.QueueSettings;
import com.jobmatch.common.queue.QueuedWork;
import com.jobmatch.common.queue.WorkQueue;
import com.jobmatch.matching.config.MatchingConfig;
import com.jobmatch.matching.catalogue.SkillRequirementKind;
import io.micrometer.core.instrument.MeterRegistry;
import com.pgvector.PGvector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The durable enrichment queue (table enrichment_queue) on the suite's work-queue component, which owns claiming,
 * leases, retries, the dead state and the queue's metrics; and the writes that complete an entry. Callers own the
 * transactions.
 */
@ApplicationScoped
public class EnrichmentQueueStore {

    public record Claim(QueuedWork work, UUID jobId) {
    }

    public record JobText(String text, List<String> keySkills) {
    }

    public record ResolvedSkill(UUID skillId, SkillRequirementKind requirement, BigDecimal importance) {
    }

    private final EntityManager em;
    private final WorkQueue queue;

    public EnrichmentQueueStore(EntityManager em, MatchingConfig config, MeterRegistry registry) {
        this.em = em;
        MatchingConfig.Enrichment enrichment = config.enrichment();
        this.queue = new WorkQueue(em, new QueueSettings("enrichment_queue", enrichment.lease(), enrichment.backoff(),
                enrichment.maxBackoff(), enrichment.maxAttempts(), false), registry);
    }

    public WorkQueue queue() {
        return queue;
    }

    /** Due entries, leased so that another worker skips them and a crashed worker's entries come back. */
    public List<Claim> claimDue(int limit) {
        return claims(queue.claim(limit));
    }

    /** The job of a claimed entry; empty when the entry is gone (its job was deleted meanwhile). */
    public Optional<Claim> claimOf(QueuedWork work) {
        return claims(List.of(work)).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<Claim> claims(List<QueuedWork> work) {
        if (work.isEmpty()) {
            return List.of();
        }
        Map<UUID, UUID> jobs = ((List<Object[]>) em.createNativeQuery("SELECT id, job_id FROM enrichment_queue WHERE id IN (:ids)")
                .setParameter("ids", work.stream().map(QueuedWork::id).toList()).getResultList())
                .stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> (UUID) r[1]));
        return work.stream().filter(w -> jobs.containsKey(w.id())).map(w -> new Claim(w, jobs.get(w.id()))).toList();
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
     * no structured field for them; the queue entry goes only if the job was not queued again meanwhile.
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
        queue.complete(claim.work());
    }

    /** A failed attempt: retried after the queue's backoff, or dead (kept with the error) after the last attempt. */
    public void retryLater(Claim claim, String error) {
        queue.fail(claim.work(), error);
    }
}
