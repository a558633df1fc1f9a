package com.jobmatch.matching.pipeline;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One interview round. {@code startsAt} is the instant; {@code timeZone} the IANA zone it was set in, and
 * {@code localStart} the wall-clock time there (what the candidate and interviewers are told).
 */
public record InterviewView(UUID id, UUID applicationId, int round, InterviewKind kind, Instant startsAt, String timeZone,
                            String localStart, int durationMinutes, List<UUID> interviewers, String location,
                            String meetingUrl, InterviewOutcome outcome, String outcomeNotes, List<Scorecard> feedback,
                            UUID createdBy, OffsetDateTime createdAt) {

    /** One interviewer's feedback. */
    public record Scorecard(UUID interviewerId, int rating, String recommendation, String notes, OffsetDateTime updatedAt) {
    }
}
