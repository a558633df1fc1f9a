package com.jobmatch.matching.sources;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One run of one configured source and what it did: pages read, postings fetched, new, updated, unchanged (including
 * repeats within the run), rejected (rows in {@link SourceRunRejection}), closed (gone from a complete run, or
 * expired) and reopened; whether every page was read; the error that ended it. Counters move page by page, so a
 * running run shows its progress.
 */
@Entity
@Table(name = "source_runs")
public class SourceRun extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(nullable = false)
    public String source;

    public String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SourceRunStatus status;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "pages_fetched")
    public int pagesFetched;

    /** Postings the source gave (valid or not). */
    @Column(name = "jobs_seen")
    public int fetched;

    @Column(name = "new_count")
    public int newCount;

    @Column(name = "updated_count")
    public int updatedCount;

    @Column(name = "unchanged_count")
    public int unchangedCount;

    @Column(name = "rejected_count")
    public int rejectedCount;

    @Column(name = "closed_count")
    public int closedCount;

    @Column(name = "reopened_count")
    public int reopenedCount;

    /** 429 answers the run waited out (or gave up on). */
    @Column(name = "rate_limited_count")
    public int rateLimitedCount;

    public boolean complete;

    public String error;

    @Column(name = "quota_remaining")
    public String quotaRemaining;

    @Column(name = "not_before")
    public OffsetDateTime notBefore;

    @Column(name = "queued_at", nullable = false)
    public OffsetDateTime queuedAt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    void restart() {
        status = SourceRunStatus.RUNNING;
        pagesFetched = fetched = newCount = updatedCount = unchangedCount = rejectedCount = closedCount = reopenedCount = 0;
        rateLimitedCount = 0;
        complete = false;
        error = null;
        notBefore = null;
        startedAt = OffsetDateTime.now();
        finishedAt = null;
    }
}
