package com.jobmatch.matching.sources;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One run as admins see it: its counters (progress while it runs), whether it read every page, its error. */
public record SourceRunView(UUID id, String source, String kind, SourceRunStatus status, String requestedBy, int pagesFetched,
                            int fetched, int newCount, int updatedCount, int unchangedCount, int rejectedCount,
                            int closedCount, int reopenedCount, int rateLimitedCount, boolean complete, String error,
                            String quotaRemaining, OffsetDateTime notBefore, OffsetDateTime queuedAt,
                            OffsetDateTime startedAt, OffsetDateTime finishedAt) {

    static SourceRunView of(SourceRun r) {
        return new SourceRunView(r.id, r.source, r.kind, r.status, r.requestedBy, r.pagesFetched, r.fetched, r.newCount,
                r.updatedCount, r.unchangedCount, r.rejectedCount, r.closedCount, r.reopenedCount, r.rateLimitedCount,
                r.complete, r.error, r.quotaRemaining, r.notBefore, r.queuedAt, r.startedAt, r.finishedAt);
    }

    /** A run with its rejected rows (page, row on the page, external id if any, reason). */
    public record Detail(SourceRunView run, java.util.List<Rejection> rejections) {
    }

    public record Rejection(int page, int row, String externalId, String reason) {
    }
}
