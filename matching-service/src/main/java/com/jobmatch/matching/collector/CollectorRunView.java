package com.jobmatch.matching.collector;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The statistics of one collector run as the API shows them. */
public record CollectorRunView(UUID id, String source, CollectorRunStatus status, int pagesFetched, int jobsSeen,
                               int newCount, int updatedCount, int unchangedCount, int rejectedCount, String error,
                               OffsetDateTime startedAt, OffsetDateTime finishedAt) {

    static CollectorRunView of(CollectorRun r) {
        return new CollectorRunView(r.id, r.source, r.status, r.pagesFetched, r.jobsSeen, r.newCount, r.updatedCount,
                r.unchangedCount, r.rejectedCount, r.error, r.startedAt, r.finishedAt);
    }
}
