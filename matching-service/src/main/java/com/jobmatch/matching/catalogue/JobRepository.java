package com.jobmatch.matching.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class JobRepository implements PanacheRepositoryBase<Job, UUID> {

    /** Filters of the job list; null means "any". {@code text} is a web-style full-text query. */
    public record Criteria(String text, String source, String workArrangement, String experienceLevel,
                           String collarType, String company, String skillSlug, boolean canonicalOnly,
                           boolean includeClosed) {
    }

    public record Found(List<Job> jobs, long total) {
    }

    private final EntityManager em;

    public JobRepository(EntityManager em) {
        this.em = em;
    }

    public Found search(Criteria c, int page, int size) {
        // Jobs people brought for themselves are not in the catalogue (they see them at /api/jobs/mine).
        StringBuilder where = new StringBuilder(" FROM jobs j WHERE j.owner_user_id IS NULL");
        Map<String, Object> params = new HashMap<>();
        if (c.text() != null) {
            where.append(" AND j.search_document @@ websearch_to_tsquery('english', :text)");
            params.put("text", c.text());
        }
        filter(where, params, "j.source = :source", "source", c.source());
        filter(where, params, "j.ai_work_arrangement = :arrangement", "arrangement", c.workArrangement());
        filter(where, params, "j.ai_experience_level = :level", "level", c.experienceLevel());
        filter(where, params, "j.collar_type = :collar", "collar", c.collarType());
        filter(where, params, "lower(j.company) = lower(:company)", "company", c.company());
        filter(where, params, """
                EXISTS (SELECT 1 FROM job_skills js JOIN matching_metadata.skills_taxonomy s ON s.id = js.skill_id
                        WHERE js.job_id = j.id AND s.slug = :skill)""", "skill", c.skillSlug());
        if (!c.includeClosed()) {
            where.append(" AND j.closed_at IS NULL");
        }
        if (c.canonicalOnly()) {
            where.append(" AND (j.cluster_id IS NULL OR j.id = (SELECT canonical_job_id FROM job_clusters WHERE id = j.cluster_id))");
        }
        String order = c.text() != null
                ? " ORDER BY ts_rank(j.search_document, websearch_to_tsquery('english', :text)) DESC, j.id"
                : " ORDER BY j.discovered_at DESC, j.id";
        Query ids = em.createNativeQuery("SELECT j.id" + where + order, UUID.class);
        Query count = em.createNativeQuery("SELECT count(*)" + where, Long.class);
        params.forEach((k, v) -> {
            ids.setParameter(k, v);
            count.setParameter(k, v);
        });
        @SuppressWarnings("unchecked")
        List<UUID> pageIds = ids.setFirstResult(page * size).setMaxResults(size).getResultList();
        List<Job> jobs = pageIds.isEmpty() ? new ArrayList<>() : new ArrayList<>(list("id in ?1", pageIds));
        jobs.sort(Comparator.comparingInt(j -> pageIds.indexOf(j.id)));
        return new Found(jobs, ((Number) count.getSingleResult()).longValue());
    }

    /** The jobs with these ids, by id (ids of jobs gone meanwhile are left out). */
    public Map<UUID, Job> byIds(Collection<UUID> ids) {
        Map<UUID, Job> found = new HashMap<>();
        if (!ids.isEmpty()) {
            list("id in ?1", ids).forEach(j -> found.put(j.id, j));
        }
        return found;
    }

    public List<JobSkill> skills(UUID jobId) {
        return JobSkill.list("from JobSkill js join fetch js.skill where js.jobId = ?1 order by js.importance desc, js.skill.skillName", jobId);
    }

    public boolean isCanonical(Job job) {
        if (job.clusterId == null) {
            return true;
        }
        Object canonical = em.createNativeQuery("SELECT canonical_job_id FROM job_clusters WHERE id = ?1", UUID.class)
                .setParameter(1, job.clusterId).getSingleResult();
        return job.id.equals(canonical);
    }

    private static void filter(StringBuilder where, Map<String, Object> params, String clause, String name, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND ").append(clause);
            params.put(name, value);
        }
    }
}
