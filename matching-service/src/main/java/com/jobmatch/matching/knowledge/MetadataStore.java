package com.jobmatch.matching.knowledge;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.UUID;

/**
 * The computed reference data of matching_metadata. Recomputes replace a table's content inside the caller's
 * transaction, so readers see either the old or the new matrix, never half of one.
 */
@ApplicationScoped
public class MetadataStore {

    /** Confidence in a pair grows with the jobs it rests on: 10 shared jobs give 0.5, 90 give 0.9. */
    private static final int CONFIDENCE_HALF_POINT = 10;

    private final EntityManager em;

    public MetadataStore(EntityManager em) {
        this.em = em;
    }

    /** skills_taxonomy.frequency = number of (canonical) jobs asking for the skill. */
    public int recomputeFrequencies() {
        return em.createNativeQuery("""
                UPDATE matching_metadata.skills_taxonomy s SET frequency = f.n
                FROM (SELECT st.id, count(c.job_id) AS n FROM matching_metadata.skills_taxonomy st
                      LEFT JOIN (%s) c ON c.skill_id = st.id GROUP BY st.id) f
                WHERE s.id = f.id AND s.frequency <> f.n""".formatted(CANONICAL_JOB_SKILLS)).executeUpdate();
    }

    /**
     * Jaccard similarity of every skill pair that co-occurs in at least {@code minSupport} canonical jobs
     * (near-duplicate postings count once): |jobs with both| / |jobs with either|.
     */
    public int recomputeSkillSimilarity(int minSupport) {
        em.createNativeQuery("DELETE FROM matching_metadata.skill_similarity").executeUpdate();
        return em.createNativeQuery("""
                WITH c AS (%s),
                     freq AS (SELECT skill_id, count(*) AS n FROM c GROUP BY skill_id HAVING count(*) >= :support),
                     pairs AS (SELECT a.skill_id AS a, b.skill_id AS b, count(*) AS co
                               FROM c a JOIN c b ON a.job_id = b.job_id AND a.skill_id < b.skill_id
                               GROUP BY 1, 2 HAVING count(*) >= :support)
                INSERT INTO matching_metadata.skill_similarity
                    (skill_a_id, skill_b_id, co_occurrence_count, jaccard_similarity, confidence_score)
                SELECT p.a, p.b, p.co, round(p.co::numeric / (fa.n + fb.n - p.co), 4),
                       round(p.co::numeric / (p.co + :half), 4)
                FROM pairs p JOIN freq fa ON fa.skill_id = p.a JOIN freq fb ON fb.skill_id = p.b""".formatted(CANONICAL_JOB_SKILLS))
                .setParameter("support", minSupport).setParameter("half", CONFIDENCE_HALF_POINT).executeUpdate();
    }

    public void replaceCategoryCompatibility(List<CategoryCompatibility> edges) {
        em.createNativeQuery("DELETE FROM matching_metadata.category_compatibility").executeUpdate();
        edges.forEach(em::persist);
    }

    public List<SkillSimilarity> similarTo(UUID skillId, int limit) {
        return SkillSimilarity.find("skillAId = ?1 or skillBId = ?1", Sort.descending("jaccardSimilarity").and("coOccurrenceCount", Sort.Direction.Descending), skillId)
                .page(0, limit).list();
    }

    public List<CategoryCompatibility> compatibility(String from, String to) {
        if (from != null && to != null) {
            return CategoryCompatibility.list("fromCategory = ?1 and toCategory = ?2", from, to);
        }
        if (from != null) {
            return CategoryCompatibility.list("fromCategory", Sort.descending("transitionProbability"), from);
        }
        if (to != null) {
            return CategoryCompatibility.list("toCategory", Sort.descending("transitionProbability"), to);
        }
        return CategoryCompatibility.listAll(Sort.ascending("fromCategory").and("transitionProbability", Sort.Direction.Descending));
    }

    /** Catalogue jobs only: a job one person brought for themselves does not shape everyone's skill knowledge. */
    private static final String CANONICAL_JOB_SKILLS = """
            SELECT DISTINCT js.job_id, js.skill_id FROM job_skills js JOIN jobs j ON j.id = js.job_id
            LEFT JOIN job_clusters cl ON cl.id = j.cluster_id
            WHERE j.owner_user_id IS NULL AND (cl.canonical_job_id IS NULL OR cl.canonical_job_id = j.id)""";
}
