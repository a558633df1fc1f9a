package com.jobmatch.matching.talent;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code applicationId}: the candidate's application to that job, moved to SUBMITTED, when they had applied. */
public record SubmissionView(UUID id, UUID organizationId, UUID candidateUserId, UUID resumeId, UUID postedJobId,
                             String clientName, UUID applicationId, String note, UUID submittedBy,
                             OffsetDateTime createdAt) {
}
