package com.jobmatch.matching.pipeline;

import com.jobmatch.matching.applications.ApplicationStatus;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An applicant after a move. */
public record ApplicantMove(UUID applicationId, UUID postedJobId, ApplicationStatus stage, String rejectionReason,
                            OffsetDateTime updatedAt) {
}
