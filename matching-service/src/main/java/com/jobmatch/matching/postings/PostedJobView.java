package com.jobmatch.matching.postings;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A job of an organization; {@code jobId} is its catalogue id (what candidates see and apply to) once published. */
public record PostedJobView(UUID id, UUID organizationId, PostedJobStatus status, PostingFields posting, UUID templateId,
                            UUID jobId, UUID createdBy, UUID updatedBy, OffsetDateTime publishedAt,
                            OffsetDateTime closedAt, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
