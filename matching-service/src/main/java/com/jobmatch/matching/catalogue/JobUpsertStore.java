package com.jobmatch.matching.catalogue;

import com.jobmatch.contract.model.SalaryRange;
import com.jobmatch.matching.enrichment.EnrichmentQueueStore;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.UUID;

/**
 * Writes postings with INSERT ... ON CONFLICT (external_id): a row whose content hash is unchanged is left alone,
 * so concurrent importers of overlapping batches never duplicate a job and each job is "new" exactly once.
 * Every method must run inside the caller's transaction (the connection is the transaction's).
 */
@ApplicationScoped
public class JobUpsertStore {

    private static final List<String> COLUMNS = List.of("title", "company", "location", "description", "url", "source",
            "posted_at", "content_hash", "ai_employment_type", "ai_work_arrangement", "ai_experience_level",
            "ai_key_skills", "ai_keywords", "ai_core_responsibilities", "ai_requirements_summary",
            "ai_education_requirements", "ai_benefits", "ai_salary_currency", "ai_salary_minvalue", "ai_salary_maxvalue",
            "ai_salary_value", "ai_salary_period", "ai_taxonomies_a", "locations_derived", "cities_derived",
            "ai_visa_sponsorship", "ai_job_language", "ai_working_hours", "country", "region", "latitude", "longitude",
            "min_experience_months", "max_experience_months", "minimum_education", "required_certifications",
            "collar_type", "collar_reason", "valid_through");

    private static final String UPSERT = "INSERT INTO jobs (external_id, " + String.join(", ", COLUMNS) + ") VALUES (?"
            + ", ?".repeat(COLUMNS.size()) + ") ON CONFLICT (external_id) DO UPDATE SET "
            + String.join(", ", COLUMNS.stream().map(c -> c + " = EXCLUDED." + c).toList())
            + " WHERE jobs.content_hash <> EXCLUDED.content_hash AND jobs.owner_user_id IS NULL"
            + " RETURNING id, (xmax = 0) AS inserted, cluster_id";

    /** A person's own job: never clustered with the catalogue (it must not hide or stand for a public posting). */
    private static final String UPSERT_PRIVATE = "INSERT INTO jobs (external_id, " + String.join(", ", COLUMNS)
            + ", owner_user_id) VALUES (?" + ", ?".repeat(COLUMNS.size() + 1) + ") ON CONFLICT (external_id) DO UPDATE SET "
            + String.join(", ", COLUMNS.stream().map(c -> c + " = EXCLUDED." + c).toList())
            + " WHERE jobs.owner_user_id = EXCLUDED.owner_user_id AND jobs.content_hash <> EXCLUDED.content_hash"
            + " RETURNING id, (xmax = 0) AS inserted";

    /** What storing a person's own job did, and the job's id. */
    public record PrivateUpsert(UUID jobId, UpsertOutcome outcome) {
    }

    private final AgroalDataSource dataSource;
    private final EnrichmentQueueStore enrichmentQueue;

    public JobUpsertStore(AgroalDataSource dataSource, EnrichmentQueueStore enrichmentQueue) {
        this.dataSource = dataSource;
        this.enrichmentQueue = enrichmentQueue;
    }

    public UpsertOutcome upsert(PreparedPosting prepared) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            UUID jobId;
            UUID previousCluster;
            boolean inserted;
            try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
                bind(c, ps, prepared);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return UpsertOutcome.UNCHANGED;
                    }
                    jobId = rs.getObject(1, UUID.class);
                    inserted = rs.getBoolean(2);
                    previousCluster = rs.getObject(3, UUID.class);
                }
            }
            assignCluster(c, jobId, prepared.clusterFingerprint(), previousCluster);
            enqueueEnrichment(c, jobId, prepared.contentHash(), prepared.posting().source().strip(), 1);
            // Catalogue work wakes the enrichment workers at commit; a person's own job (below) is enriched by the
            // request that brought it (EnrichmentWorker.enrichNow), so it wakes nobody.
            enrichmentQueue.queue().wakeWorkersAfterCommit();
            return inserted ? UpsertOutcome.NEW : UpsertOutcome.UPDATED;
        }
    }

    /**
     * Stores a job one person brought (jobs.owner_user_id); its enrichment is INTERACTIVE work owned by that person, so
     * it goes before catalogue work. Empty when the external id belongs to a job that is not this person's.
     */
    public java.util.Optional<PrivateUpsert> upsertPrivate(PreparedPosting prepared, UUID owner) {
        try {
            return storePrivate(prepared, owner);
        } catch (SQLException e) {
            throw new IllegalStateException("storing a brought job failed", e);
        }
    }

    private java.util.Optional<PrivateUpsert> storePrivate(PreparedPosting prepared, UUID owner) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(UPSERT_PRIVATE)) {
                bind(c, ps, prepared);
                ps.setObject(COLUMNS.size() + 2, owner);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        UUID jobId = rs.getObject(1, UUID.class);
                        enqueueEnrichment(c, jobId, prepared.contentHash(), owner.toString(), 0);
                        return java.util.Optional.of(new PrivateUpsert(jobId, rs.getBoolean(2) ? UpsertOutcome.NEW : UpsertOutcome.UPDATED));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM jobs WHERE external_id = ? AND owner_user_id = ?")) {
                ps.setString(1, prepared.posting().externalId().strip());
                ps.setObject(2, owner);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(new PrivateUpsert(rs.getObject(1, UUID.class), UpsertOutcome.UNCHANGED))
                            : java.util.Optional.empty();
                }
            }
        }
    }

    /** The first job with a fingerprint is its cluster's canonical; a job that moves away hands that role on. */
    private static void assignCluster(Connection c, UUID jobId, String fingerprint, UUID previousCluster) throws SQLException {
        update(c, "INSERT INTO job_clusters (fingerprint, canonical_job_id) VALUES (?, ?) ON CONFLICT (fingerprint) DO NOTHING",
                fingerprint, jobId);
        update(c, "UPDATE jobs SET cluster_id = (SELECT id FROM job_clusters WHERE fingerprint = ?) WHERE id = ?",
                fingerprint, jobId);
        if (previousCluster != null) {
            update(c, """
                    UPDATE job_clusters SET canonical_job_id = (SELECT j.id FROM jobs j WHERE j.cluster_id = job_clusters.id
                                                                ORDER BY j.discovered_at, j.id LIMIT 1)
                    WHERE id = ? AND canonical_job_id = ? AND fingerprint <> ?""", previousCluster, jobId, fingerprint);
        }
    }

    /**
     * Queues the job's enrichment as bulk work of its source (owner), so feeds take turns. A job changed while its
     * enrichment runs is queued afresh: the new lease token makes the running claim stale, so its completion leaves
     * the entry for the new content.
     */
    private static void enqueueEnrichment(Connection c, UUID jobId, String contentHash, String owner, int priority)
            throws SQLException {
        update(c, """
                INSERT INTO enrichment_queue (job_id, job_content_hash, priority, owner_key) VALUES (?, ?, ?, ?)
                ON CONFLICT (job_id) DO UPDATE SET job_content_hash = EXCLUDED.job_content_hash, attempts = 0,
                                                   status = 'pending', run_after = now(), last_error = NULL,
                                                   lease_until = NULL, lease_token = NULL""", jobId, contentHash, priority, owner);
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    private static void bind(Connection c, PreparedStatement ps, PreparedPosting prepared) throws SQLException {
        JobPosting p = prepared.posting();
        SalaryRange salary = p.salary();
        Object[] values = {p.externalId().strip(), p.title().strip(), p.company().strip(), p.location(), p.description(),
                p.url(), p.source().strip(), p.postedAt(), prepared.contentHash(),
                text(c, p.employmentTypes().stream().map(Enum::name).toList()),
                p.workArrangement() == null ? null : p.workArrangement().name(), p.experienceLevel(),
                text(c, p.keySkills()), text(c, p.keywords()), p.coreResponsibilities(), p.requirementsSummary(),
                p.educationRequirements(), text(c, p.benefits()), salary == null ? null : salary.currency(),
                salary == null ? null : salary.min(), salary == null ? null : salary.max(), salaryValue(salary),
                salary == null ? null : salary.period(), text(c, p.industries()), text(c, p.locationsDerived()),
                text(c, p.citiesDerived()), p.visaSponsorship(), p.jobLanguage(), p.workingHours(), p.country(),
                p.region(), p.latitude(), p.longitude(), p.experience() == null ? null : p.experience().minMonths(),
                p.experience() == null ? null : p.experience().maxMonths(),
                p.minimumEducation() == null ? null : p.minimumEducation().name(), text(c, p.requiredCertifications()),
                prepared.collar().type().name(), prepared.collar().reason(), p.validThrough()};
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                ps.setNull(i + 1, Types.OTHER);
            } else {
                ps.setObject(i + 1, values[i]);
            }
        }
    }

    /** The single figure of a range: its midpoint, or whichever bound is given. */
    private static BigDecimal salaryValue(SalaryRange s) {
        if (s == null || (s.min() == null && s.max() == null)) {
            return null;
        }
        if (s.min() == null || s.max() == null) {
            return s.min() == null ? s.max() : s.min();
        }
        return s.min().add(s.max()).divide(BigDecimal.TWO, 2, RoundingMode.HALF_UP);
    }

    private static Array text(Connection c, List<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray());
    }

    /** Whether a failed write is worth retrying: a deadlock or serialization failure between concurrent importers. */
    public static boolean retryable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
