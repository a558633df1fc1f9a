package com.jobmatch.matching.postings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobmatch.matching.catalogue.JobUpsertStore;
import com.jobmatch.matching.catalogue.PreparedPosting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.jobmatch.matching.recruiting.RowValues.time;

/** Job templates and the organizations' jobs (job_templates, posted_jobs). Runs in the caller's transaction. */
@ApplicationScoped
public class PostingStore {

    private static final String JOB_COLUMNS = """
            id, organization_id, status, CAST(posting AS text), template_id, job_id, created_by, updated_by, published_at,
            closed_at, created_at, updated_at""";
    private static final String TEMPLATE_COLUMNS = "id, organization_id, name, CAST(posting AS text), created_by, created_at, updated_at";

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final JobUpsertStore upserts;

    public PostingStore(EntityManager em, ObjectMapper mapper, JobUpsertStore upserts) {
        this.em = em;
        this.mapper = mapper;
        this.upserts = upserts;
    }

    /**
     * Writes the posting to the catalogue as an import does (same upsert: clusters, enrichment queue, recompute
     * triggers); returns the catalogue row's id.
     */
    public UUID writeToCatalogue(PreparedPosting prepared) {
        try {
            upserts.upsert(prepared);
        } catch (SQLException e) {
            throw new IllegalStateException("storing a posted job failed", e);
        }
        return catalogueId(prepared.posting().externalId()).orElseThrow();
    }

    /** Empty when the organization already has a template of this name. */
    public Optional<UUID> addTemplate(UUID organization, String name, PostingFields posting, UUID by) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                        INSERT INTO job_templates (organization_id, name, posting, created_by) VALUES (?1, ?2, CAST(?3 AS jsonb), ?4)
                        ON CONFLICT (organization_id, name) DO NOTHING RETURNING id""", UUID.class)
                .setParameter(1, organization).setParameter(2, name).setParameter(3, json(posting)).setParameter(4, by)
                .getResultList();
        return ids.stream().findFirst();
    }

    public Optional<TemplateView> template(UUID id) {
        return templates("WHERE id = ?1", id).stream().findFirst();
    }

    /** The organization's templates by name: one page. */
    public List<TemplateView> templatesOf(UUID organization, int page, int size) {
        return templates("WHERE organization_id = ?1 ORDER BY name, id", organization, page, size);
    }

    public long countTemplates(UUID organization) {
        return count("SELECT count(*) FROM job_templates WHERE organization_id = ?1", organization);
    }

    private List<TemplateView> templates(String where, UUID param, int page, int size) {
        return templates(em.createNativeQuery("SELECT " + TEMPLATE_COLUMNS + " FROM job_templates " + where)
                .setParameter(1, param).setFirstResult(page * size).setMaxResults(size));
    }

    private List<TemplateView> templates(String where, UUID param) {
        return templates(em.createNativeQuery("SELECT " + TEMPLATE_COLUMNS + " FROM job_templates " + where).setParameter(1, param));
    }

    @SuppressWarnings("unchecked")
    private List<TemplateView> templates(Query query) {
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new TemplateView((UUID) r[0], (UUID) r[1], (String) r[2], fields((String) r[3]),
                (UUID) r[4], time(r[5]), time(r[6]))).toList();
    }

    public UUID addJob(UUID organization, PostingFields posting, UUID templateId, UUID by) {
        return (UUID) em.createNativeQuery("""
                        INSERT INTO posted_jobs (organization_id, posting, template_id, created_by, updated_by)
                        VALUES (?1, CAST(?2 AS jsonb), CAST(CAST(?3 AS text) AS uuid), ?4, ?4) RETURNING id""", UUID.class)
                .setParameter(1, organization).setParameter(2, json(posting)).setParameter(3, templateId)
                .setParameter(4, by).getSingleResult();
    }

    public Optional<PostedJobView> job(UUID id) {
        return jobs("WHERE id = ?1", id).stream().findFirst();
    }

    /** The job, its row locked for this transaction (changes of one job are made one after the other). */
    public Optional<PostedJobView> lockJob(UUID id) {
        return jobs("WHERE id = ?1 FOR UPDATE", id).stream().findFirst();
    }

    /** The organization's jobs (of one status when given), last changed first: one page. */
    public List<PostedJobView> jobsOf(UUID organization, PostedJobStatus status, int page, int size) {
        return jobs(jobsWhere(status) + " ORDER BY updated_at DESC, id", organization, page, size);
    }

    public long countJobs(UUID organization, PostedJobStatus status) {
        return count("SELECT count(*) FROM posted_jobs " + jobsWhere(status), organization);
    }

    private static String jobsWhere(PostedJobStatus status) {
        return status == null ? "WHERE organization_id = ?1" : "WHERE organization_id = ?1 AND status = '" + status.name() + "'";
    }

    private long count(String sql, UUID organization) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, organization).getSingleResult()).longValue();
    }

    private List<PostedJobView> jobs(String where, UUID param, int page, int size) {
        return jobs(em.createNativeQuery("SELECT " + JOB_COLUMNS + " FROM posted_jobs " + where)
                .setParameter(1, param).setFirstResult(page * size).setMaxResults(size));
    }

    private List<PostedJobView> jobs(String where, UUID param) {
        return jobs(em.createNativeQuery("SELECT " + JOB_COLUMNS + " FROM posted_jobs " + where).setParameter(1, param));
    }

    @SuppressWarnings("unchecked")
    private List<PostedJobView> jobs(Query query) {
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new PostedJobView((UUID) r[0], (UUID) r[1], PostedJobStatus.valueOf((String) r[2]),
                fields((String) r[3]), (UUID) r[4], (UUID) r[5], (UUID) r[6], (UUID) r[7], time(r[8]), time(r[9]),
                time(r[10]), time(r[11]))).toList();
    }

    public void updatePosting(UUID id, PostingFields posting, UUID by) {
        em.createNativeQuery("UPDATE posted_jobs SET posting = CAST(?2 AS jsonb), updated_by = ?3 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, json(posting)).setParameter(3, by).executeUpdate();
    }

    /** Published: linked to its catalogue row; the first publication's time is kept. */
    public void markPublished(UUID id, UUID jobId, UUID by) {
        em.createNativeQuery("""
                        UPDATE posted_jobs SET status = 'PUBLISHED', job_id = ?2, updated_by = ?3,
                               published_at = coalesce(published_at, now()), closed_at = NULL WHERE id = ?1""")
                .setParameter(1, id).setParameter(2, jobId).setParameter(3, by).executeUpdate();
    }

    /** Closed by the organization: the catalogue row too, so nothing matches it any more (it is kept for history). */
    public void markClosed(UUID id, UUID jobId, UUID by) {
        em.createNativeQuery("UPDATE posted_jobs SET status = 'CLOSED', closed_at = now(), updated_by = ?2 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, by).executeUpdate();
        em.createNativeQuery("""
                        UPDATE jobs SET closed_at = now(), closed_reason = 'CLOSED_BY_ORGANIZATION'
                        WHERE id = ?1 AND closed_at IS NULL""").setParameter(1, jobId).executeUpdate();
    }

    /** Open again, in the catalogue and matching. */
    public void markReopened(UUID id, UUID jobId, UUID by) {
        em.createNativeQuery("UPDATE posted_jobs SET status = 'PUBLISHED', closed_at = NULL, updated_by = ?2 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, by).executeUpdate();
        em.createNativeQuery("UPDATE jobs SET closed_at = NULL, closed_reason = NULL WHERE id = ?1")
                .setParameter(1, jobId).executeUpdate();
    }

    /** The catalogue row of a posting, by its external id. */
    @SuppressWarnings("unchecked")
    public Optional<UUID> catalogueId(String externalId) {
        List<UUID> ids = em.createNativeQuery("SELECT id FROM jobs WHERE external_id = ?1", UUID.class)
                .setParameter(1, externalId).getResultList();
        return ids.stream().findFirst();
    }

    private String json(PostingFields posting) {
        try {
            return mapper.writeValueAsString(posting);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("posting fields always serialize", e);
        }
    }

    private PostingFields fields(String json) {
        try {
            return mapper.readValue(json, PostingFields.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored posting is unreadable", e);
        }
    }
}
