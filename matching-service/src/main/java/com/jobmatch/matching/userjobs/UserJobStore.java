package com.jobmatch.matching.userjobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where each private job came from (user_jobs, seed 004's per-user jobs). Runs in the caller's transaction. */
@ApplicationScoped
public class UserJobStore {

    public record Origin(UUID jobId, String sourceType, String sourceUrl) {
    }

    private final EntityManager em;

    public UserJobStore(EntityManager em) {
        this.em = em;
    }

    public void record(UUID jobId, UUID userId, String sourceType, String sourceUrl) {
        em.createNativeQuery("""
                INSERT INTO user_jobs (job_id, user_id, source_type, source_url) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (job_id) DO UPDATE SET updated_at = now()""")
                .setParameter(1, jobId).setParameter(2, userId).setParameter(3, sourceType).setParameter(4, sourceUrl)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Origin> of(UUID userId, int page, int size) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT u.job_id, u.source_type, u.source_url FROM user_jobs u
                WHERE u.user_id = ?1 ORDER BY u.created_at DESC, u.job_id""").setParameter(1, userId)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        return rows.stream().map(r -> new Origin((UUID) r[0], (String) r[1], (String) r[2])).toList();
    }

    public long countOf(UUID userId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM user_jobs WHERE user_id = ?1").setParameter(1, userId)
                .getSingleResult()).longValue();
    }

    /** The origin of the person's own job; empty for anyone else's job or an unknown id. */
    @SuppressWarnings("unchecked")
    public Optional<Origin> owned(UUID jobId, UUID userId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT u.job_id, u.source_type, u.source_url FROM user_jobs u JOIN jobs j ON j.id = u.job_id
                WHERE u.job_id = ?1 AND u.user_id = ?2 AND j.owner_user_id = ?2""")
                .setParameter(1, jobId).setParameter(2, userId).getResultList();
        return rows.stream().findFirst().map(r -> new Origin((UUID) r[0], (String) r[1], (String) r[2]));
    }

    public com.jobmatch.matching.catalogue.Job job(UUID jobId) {
        return em.find(com.jobmatch.matching.catalogue.Job.class, jobId);
    }

    public void delete(UUID jobId, UUID userId) {
        em.createNativeQuery("DELETE FROM jobs WHERE id = ?1 AND owner_user_id = ?2")
                .setParameter(1, jobId).setParameter(2, userId).executeUpdate();
    }
}
