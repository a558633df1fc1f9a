package com.jobmatch.matching.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Catalogue statistics (seed 001) and skill demand (seed 003), computed on read from the live tables: open catalogue
 * jobs only (closed ones are counted apart; jobs people brought for themselves are nobody else's business).
 */
@ApplicationScoped
public class StatisticsStore {

    public record SkillDemand(String skillId, String name, String category, long jobs, double shareOfJobs) {
    }

    public record Statistics(long totalJobs, Map<String, Long> bySource, Map<String, Long> byWorkArrangement,
                             Map<String, Long> byExperienceLevel, Map<String, Long> byCollarType,
                             long discoveredLast24Hours, long awaitingEnrichment, List<SkillDemand> skillsInDemand,
                             long closedJobs) {
    }

    private static final String OPEN_CATALOGUE = "closed_at IS NULL AND owner_user_id IS NULL";

    private final EntityManager em;

    public StatisticsStore(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Statistics compute(int topSkills) {
        long total = count("SELECT count(*) FROM jobs WHERE " + OPEN_CATALOGUE);
        return new Statistics(total, groups("source"), groups("ai_work_arrangement"), groups("ai_experience_level"),
                groups("collar_type"), count("SELECT count(*) FROM jobs WHERE " + OPEN_CATALOGUE + " AND discovered_at > now() - interval '24 hours'"),
                count("SELECT count(*) FROM enrichment_queue"), demand(topSkills, total),
                count("SELECT count(*) FROM jobs WHERE closed_at IS NOT NULL AND owner_user_id IS NULL"));
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /** Column names are constants of this class, never input. Jobs without a value count under "unknown". */
    private Map<String, Long> groups(String column) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT coalesce(" + column + ", 'unknown'), count(*) FROM jobs WHERE " + OPEN_CATALOGUE
                        + " GROUP BY 1 ORDER BY 2 DESC, 1")
                .getResultList();
        Map<String, Long> result = new LinkedHashMap<>();
        rows.forEach(r -> result.put((String) r[0], ((Number) r[1]).longValue()));
        return result;
    }

    private List<SkillDemand> demand(int limit, long totalJobs) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT s.slug, s.canonical_name, s.category, count(DISTINCT js.job_id) AS jobs
                FROM job_skills js JOIN matching_metadata.skills_taxonomy s ON s.id = js.skill_id
                JOIN jobs j ON j.id = js.job_id AND j.closed_at IS NULL AND j.owner_user_id IS NULL
                GROUP BY s.slug, s.canonical_name, s.category ORDER BY jobs DESC, s.slug LIMIT :limit""")
                .setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> {
            long jobs = ((Number) r[3]).longValue();
            return new SkillDemand((String) r[0], (String) r[1], (String) r[2], jobs, totalJobs == 0 ? 0 : (double) jobs / totalJobs);
        }).toList();
    }
}
