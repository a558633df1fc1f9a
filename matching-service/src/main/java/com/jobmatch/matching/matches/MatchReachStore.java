package com.jobmatch.matching.matches;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;

import java.util.List;
import java.util.UUID;

/**
 * How far each stored ranking reaches (table match_reach, V34): the resume's direction from the catalogue's centre
 * and the similarity of the farthest job the ranking retrieved. A new job at least that similar to the resume would
 * have been retrieved, so only those rankings are recomputed when it is enriched.
 */
@ApplicationScoped
public class MatchReachStore {

    private final EntityManager em;

    public MatchReachStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Remembers where a ranking reaches; {@code reach} null when any new job may enter it (it was not full), and
     * {@code direction} null when the resume has no embedding (then its ranking is the newest jobs, which any new job
     * enters).
     */
    @Transactional
    public void remember(UUID userId, UUID resumeId, float[] direction, Double reach) {
        em.createNativeQuery("""
                        INSERT INTO match_reach (resume_id, user_id, direction, reach) VALUES (:resume, :user, CAST(:direction AS vector), :reach)
                        ON CONFLICT (resume_id) DO UPDATE SET user_id = EXCLUDED.user_id, direction = EXCLUDED.direction,
                               reach = EXCLUDED.reach, ranked_at = now()""")
                .unwrap(NativeQuery.class)
                .setParameter("resume", resumeId, UUID.class).setParameter("user", userId, UUID.class)
                .setParameter("direction", direction == null ? null : RetrievalStore.toLiteral(direction), String.class)
                .setParameter("reach", reach, Double.class)
                .executeUpdate();
    }

    /**
     * The resumes whose stored ranking this job would enter: it is open, visible to the person (public, or their own)
     * and at least as similar to the resume as the farthest job the ranking retrieved. An exact scan over the stored
     * rankings (one distance each), as each has its own reach.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<UUID> resumesReachedBy(UUID jobId) {
        return em.createNativeQuery("""
                        SELECT r.resume_id FROM match_reach r JOIN jobs j ON j.id = :job
                        WHERE j.centred_embedding IS NOT NULL AND j.closed_at IS NULL
                          AND (j.owner_user_id IS NULL OR j.owner_user_id = r.user_id)
                          AND (r.reach IS NULL OR r.direction IS NULL
                               OR 1 - (r.direction <=> j.centred_embedding) >= r.reach)
                        ORDER BY r.resume_id""", UUID.class)
                .setParameter("job", jobId).getResultList();
    }
}
