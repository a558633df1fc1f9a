package com.jobmatch.matching.sources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The SQL of source runs: which source lists which job and when it was last seen, closing what is gone or expired,
 * reopening what comes back, and the per-source totals admins see. Runs in the caller's transaction.
 */
@ApplicationScoped
public class SourceStore {

    /** Totals of one source over its finished runs, and its jobs now. */
    public record Totals(long runs, long fetched, long newCount, long updatedCount, long unchangedCount, long rejected,
                         long closed, long reopened, long openJobs, long closedJobs) {
        static final Totals NONE = new Totals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    private final EntityManager em;

    public SourceStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Records that this run saw these postings (by external id) in the source, and reopens those that were closed
     * unless they are past their validThrough. Returns how many reopened. Private jobs are never touched.
     */
    public int markSeen(String source, UUID runId, Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return 0;
        }
        String[] ids = externalIds.toArray(String[]::new);
        em.createNativeQuery("""
                INSERT INTO source_postings (source, job_id, last_seen_run)
                SELECT :source, j.id, :run FROM jobs j WHERE j.external_id = ANY(CAST(:ids AS text[])) AND j.owner_user_id IS NULL
                ON CONFLICT (source, job_id) DO UPDATE SET last_seen_run = EXCLUDED.last_seen_run, last_seen_at = now()""")
                .setParameter("source", source).setParameter("run", runId).setParameter("ids", ids).executeUpdate();
        return em.createNativeQuery("""
                UPDATE jobs SET closed_at = NULL, closed_reason = NULL
                WHERE external_id = ANY(CAST(:ids AS text[])) AND closed_at IS NOT NULL AND owner_user_id IS NULL
                  AND (valid_through IS NULL OR valid_through > now())""")
                .setParameter("ids", ids).executeUpdate();
    }

    /** After a complete run: the source's open postings this run did not see are gone. */
    public int closeGone(String source, UUID runId) {
        return em.createNativeQuery("""
                UPDATE jobs j SET closed_at = now(), closed_reason = 'GONE_FROM_SOURCE'
                FROM source_postings sp
                WHERE sp.source = :source AND sp.job_id = j.id AND sp.last_seen_run <> :run AND j.closed_at IS NULL""")
                .setParameter("source", source).setParameter("run", runId).executeUpdate();
    }

    /** The source's open postings past their validThrough. */
    public int closeExpired(String source) {
        return em.createNativeQuery("""
                UPDATE jobs j SET closed_at = now(), closed_reason = 'EXPIRED'
                FROM source_postings sp
                WHERE sp.source = :source AND sp.job_id = j.id AND j.closed_at IS NULL AND j.valid_through < now()""")
                .setParameter("source", source).executeUpdate();
    }

    /** Every open catalogue job past its validThrough, whatever brought it (imports too). */
    public int closeAllExpired() {
        return em.createNativeQuery("""
                UPDATE jobs SET closed_at = now(), closed_reason = 'EXPIRED'
                WHERE closed_at IS NULL AND valid_through < now()""").executeUpdate();
    }

    /** The latest run of each source, for scheduling: when it was queued and until when the source asked us to wait. */
    @SuppressWarnings("unchecked")
    public Map<String, LastRun> lastRuns() {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT DISTINCT ON (source) source, queued_at, not_before, status FROM source_runs
                ORDER BY source, queued_at DESC, id""").getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0],
                r -> new LastRun(toOffset(r[1]), toOffset(r[2]), SourceRunStatus.valueOf((String) r[3]))));
    }

    public record LastRun(OffsetDateTime queuedAt, OffsetDateTime notBefore, SourceRunStatus status) {
    }

    public Optional<LastRun> lastRun(String source) {
        return Optional.ofNullable(lastRuns().get(source));
    }

    @SuppressWarnings("unchecked")
    public Map<String, Totals> totals() {
        List<Object[]> runs = em.createNativeQuery("""
                SELECT source, count(*), sum(jobs_seen), sum(new_count), sum(updated_count), sum(unchanged_count),
                       sum(rejected_count), sum(closed_count), sum(reopened_count)
                FROM source_runs WHERE status IN ('SUCCEEDED', 'FAILED') GROUP BY source""").getResultList();
        List<Object[]> jobs = em.createNativeQuery("""
                SELECT sp.source, count(*) FILTER (WHERE j.closed_at IS NULL), count(*) FILTER (WHERE j.closed_at IS NOT NULL)
                FROM source_postings sp JOIN jobs j ON j.id = sp.job_id GROUP BY sp.source""").getResultList();
        Map<String, long[]> jobCounts = jobs.stream().collect(Collectors.toMap(r -> (String) r[0],
                r -> new long[]{((Number) r[1]).longValue(), ((Number) r[2]).longValue()}));
        Map<String, Totals> totals = new java.util.HashMap<>();
        for (Object[] r : runs) {
            long[] j = jobCounts.getOrDefault((String) r[0], new long[2]);
            totals.put((String) r[0], new Totals(n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]), j[0], j[1]));
        }
        return totals;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
