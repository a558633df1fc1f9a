package com.jobmatch.matching.applications;


import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record ApplicationView(UUID id, UUID jobId, UUID resumeId, Integer resumeVersion, ApplicationStatus status,
                              List<ApplicationStatus> allowedNext, String notes, OffsetDateTime appliedAt,
                              OffsetDateTime nextInterviewAt, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                              List<Step> history) {

    public record Step(ApplicationStatus from, ApplicationStatus to, String note, OffsetDateTime interviewAt,
                       OffsetDateTime at) {
    }

    static ApplicationView of(JobApplication a) {
        return new ApplicationView(a.id, a.jobId, a.resumeId, a.resumeVersion, a.status,
                a.status.next().stream().sorted().toList(), a.notes, a.appliedAt, a.nextInterviewAt, a.createdAt,
                a.updatedAt, a.history.stream().map(ApplicationView::step).toList());
    }

    private static Step step(ApplicationEvent e) {
        return new Step(e.fromStatus, e.toStatus, e.note, e.interviewAt, e.createdAt);
    }
}
