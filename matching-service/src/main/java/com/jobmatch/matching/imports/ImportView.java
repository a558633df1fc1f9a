package com.jobmatch.matching.imports;


import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An import record (seed 003 bulk import tracking) with its rejected rows. */
public record ImportView(UUID id, ImportFormat format, String source, ImportStatus status, String requestedBy,
                         int totalRows, int newCount, int updatedCount, int unchangedCount, int rejectedCount,
                         OffsetDateTime startedAt, OffsetDateTime finishedAt, List<Rejection> rejections) {

    public record Rejection(int row, String externalId, String reason) {
    }

    static ImportView of(BulkImport i, List<BulkImportRejection> rejections) {
        return new ImportView(i.id, i.format, i.source, i.status, i.requestedBy, i.totalRows, i.newCount,
                i.updatedCount, i.unchangedCount, i.rejectedCount, i.startedAt, i.finishedAt,
                rejections.stream().map(r -> new Rejection(r.rowNumber, r.externalId, r.reason)).toList());
    }
}
