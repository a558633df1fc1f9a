package com.jobmatch.matching.pipeline;

import com.jobmatch.contract.model.MatchResult;
import com.jobmatch.matching.applications.ApplicationStatus;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A candidate who applied to the organization's job: their name (they applied, so the organization may see it), the
 * stage, and the score with its explanation; {@code match} is null when the application names no resume or
 * resume-service could not give it ({@code rankedWithout} says why), and such applicants come after the ranked ones.
 */
public record ApplicantView(UUID applicationId, UUID candidateUserId, UUID resumeId, String name, String headline,
                            ApplicationStatus stage, String rejectionReason, OffsetDateTime appliedAt,
                            OffsetDateTime nextInterviewAt, OffsetDateTime updatedAt, Double score, MatchResult match,
                            String rankedWithout) {
}
