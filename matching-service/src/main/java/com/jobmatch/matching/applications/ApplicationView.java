package com.jobmatch.matching.applications;


import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A person's application. {@code organizationManaged}: the job was posted by an organization, whose recruiters move it
 * through their stages ({@code allowedNext} then holds only the person's own steps: applying, withdrawing). The
 * organization's rejection reason is its own note and is not shown here. {@code interviews}: the rounds the
 * organization scheduled (when, in which zone, what kind, how long, where), without its interviewers' scorecards.
 */
public record ApplicationView(UUID id, UUID jobId, UUID resumeId, Integer resumeVersion, ApplicationStatus status,
                              List<ApplicationStatus> allowedNext, String notes, OffsetDateTime appliedAt,
                              OffsetDateTime nextInterviewAt, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                              boolean organizationManaged, List<Step> history,
                              List<InterviewRound> interviews) {

    public record Step(ApplicationStatus from, ApplicationStatus to, String note, OffsetDateTime interviewAt,
                       OffsetDateTime at) {
    }

    static ApplicationView of(JobApplication a, boolean organizationManaged, List<InterviewRound> interviews) {
        var next = organizationManaged ? a.status.nextForCandidateOfOrganization() : a.status.next();
        return new ApplicationView(a.id, a.jobId, a.resumeId, a.resumeVersion, a.status, next.stream().sorted().toList(),
                a.notes, a.appliedAt, a.nextInterviewAt, a.createdAt, a.updatedAt, organizationManaged,
                a.history.stream().map(e -> step(e, a.userId)).toList(), List.copyOf(interviews));
    }

    /** A step the organization made shows without its recruiter's note (their note, not a message to the candidate). */
    private static Step step(ApplicationEvent e, UUID candidate) {
        boolean byOrganization = e.actorId != null && !e.actorId.equals(candidate);
        return new Step(e.fromStatus, e.toStatus, byOrganization ? null : e.note, e.interviewAt, e.createdAt);
    }
}
